package io.ghlsync.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * The number of unprocessed inbox rows (NEW or CLAIMED), recounted every {@code ghlsync.inbox.backlog-refresh}
 * rather than per request, plus the rows this instance added since. Intake asks {@link #admit()} first and answers
 * 429 with Retry-After past {@code ghlsync.inbox.max-backlog}: HighLevel retries only on 429
 * (docs/api-research.md §1.8), so an overloaded instance sheds load without losing events. The bound is
 * approximate by design: other instances' inserts since the last recount are not seen until the next one.
 * The count grows with the backlog (about 100 ms for 100,000 rows on H2 and on PostgreSQL), so the next recount
 * waits at least {@value #COST_FACTOR} times as long as the last one took: never more than a twentieth of a core.
 * Publishes {@code ghlsync.inbox.depth} and {@code ghlsync.inbox.oldest.age} (seconds).
 */
@Component("inboxBacklog")
@ConditionalOnSync
public class InboxBacklog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxBacklog.class);
    private static final int COST_FACTOR = 20;
    private static final String COUNT = "select count(*), min(received_at) from inbox_event"
            + " where status in ('NEW', 'CLAIMED')";

    private final JdbcTemplate jdbc;
    private final InboxProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong counted = new AtomicLong();
    private final AtomicLong addedSinceCount = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();
    private volatile ScheduledExecutorService timer;
    private volatile boolean countFailing;

    InboxBacklog(JdbcTemplate jdbc, InboxProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.properties = properties;
        Gauge.builder("ghlsync.inbox.depth", this, InboxBacklog::depth)
                .description("Unprocessed inbox rows (NEW or CLAIMED)").register(registry);
        Gauge.builder("ghlsync.inbox.oldest.age", this, InboxBacklog::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest unprocessed inbox row").register(registry);
    }

    /** Refuses a new event while the backlog is over the bound. */
    public void admit() {
        long depth = depth();
        if (depth > properties.maxBacklog()) {
            throw WebhookRejectedException.overloaded("the inbox holds " + depth + " unprocessed events, more than"
                    + " ghlsync.inbox.max-backlog=" + properties.maxBacklog() + "; nothing was stored, retry later",
                    properties.retryAfter());
        }
    }

    /** Unprocessed rows at the last count plus those this instance stored since. */
    public long depth() {
        return counted.get() + addedSinceCount.get();
    }

    void added() {
        addedSinceCount.incrementAndGet();
    }

    /** Recounts now; runs on the timer, and tests call it to see a change without waiting. */
    public void recount() {
        try {
            long before = addedSinceCount.get();
            jdbc.query(COUNT, rs -> {
                counted.set(rs.getLong(1));
                OffsetDateTime min = rs.getObject(2, OffsetDateTime.class);
                oldest.set(min == null ? null : min.toInstant());
            });
            addedSinceCount.addAndGet(-before);
            countFailing = false;
        } catch (DataAccessException e) {
            if (!countFailing) {
                log.warn("Cannot count the inbox backlog, keeping the last figure ({}): {}", depth(), e.getMessage());
            }
            countFailing = true;
        }
    }

    /** How long the oldest unprocessed row has waited, as of the last count; zero when there is none. */
    public Duration oldestAge() {
        Instant at = oldest.get();
        Duration age = at == null ? Duration.ZERO : Duration.between(at, clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }

    private double oldestAgeSeconds() {
        return oldestAge().toMillis() / 1000.0;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        recountAndReschedule();
    }

    private void recountAndReschedule() {
        long started = System.nanoTime();
        recount();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        ScheduledExecutorService current = timer;
        try {
            if (current != null) {
                current.schedule(this::recountAndReschedule,
                        Math.max(properties.backlogRefresh().toMillis(), tookMillis * COST_FACTOR), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopped) {
            // stop() ran meanwhile
        }
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
