package io.ghlsync.ops;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * {@code ghlsync.dead.letters.open}: dead letters not yet resolved (OPEN, or being replayed), in the whole table, so
 * that every instance reports the same figure. Counted in the background every
 * {@code ghlsync.metrics.dead-letters-refresh} and a second after a dead letter is recorded here (one recount for
 * a burst), never per scrape: the count uses the {@code dead_letter_status} index, but a scrape must not wait on
 * the database at all. Until the first count it reads NaN, Prometheus's "no value".
 */
@Component
@ConditionalOnSync
class DeadLetterGauge {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterGauge.class);
    private static final String COUNT = "select count(*) from dead_letter where status in (?, ?)";
    private static final Duration AFTER_RECORDED = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final OpsTimer timer;
    private final Duration refresh;
    private final AtomicLong open = new AtomicLong(-1);
    private final AtomicBoolean recountQueued = new AtomicBoolean();
    private volatile boolean countFailing;

    DeadLetterGauge(JdbcTemplate jdbc, OpsTimer timer, MetricsProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.timer = timer;
        this.refresh = properties.deadLettersRefresh();
        Gauge.builder("ghlsync.dead.letters.open", this, DeadLetterGauge::value)
                .description("Dead letters not yet resolved (OPEN or REPLAYING), all instances").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.every(refresh, "dead-letter gauge", this::recount);
    }

    @EventListener
    void recorded(DeadLetterRecorded recorded) {
        if (recountQueued.compareAndSet(false, true)) {
            timer.after(AFTER_RECORDED, "dead-letter gauge", () -> {
                recountQueued.set(false);
                recount();
            });
        }
    }

    void recount() {
        try {
            Long count = jdbc.queryForObject(COUNT, Long.class, DeadLetter.OPEN, DeadLetter.REPLAYING);
            open.set(count == null ? 0 : count);
            countFailing = false;
        } catch (DataAccessException e) {
            if (!countFailing) {
                log.warn("Cannot count open dead letters, keeping the last figure ({}): {}", open.get(), e.getMessage());
            }
            countFailing = true;
        }
    }

    private double value() {
        long value = open.get();
        return value < 0 ? Double.NaN : value;
    }
}
