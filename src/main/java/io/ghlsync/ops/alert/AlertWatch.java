package io.ghlsync.ops.alert;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ops.OpsTimer;
import io.ghlsync.ops.health.InboxHealthIndicator;

/**
 * The incidents that are states, looked at every {@code ghlsync.alerts.check-interval}: an inbox that does not keep
 * up (its health indicator is DOWN or OUT_OF_SERVICE, by the thresholds of {@code ghlsync.health.max-backlog-age}
 * and {@code ghlsync.inbox.max-backlog}), and HighLevel answering 429 more than
 * {@code ghlsync.alerts.rate-limited-threshold} times within a window, read from the client's own counter
 * {@code ghlsync.ghl.rate.limited}. A state that lasts is reported at every check; the desk makes that one message
 * per window.
 */
@Component
@ConditionalOnSync
class AlertWatch {

    private static final String RATE_LIMITED = "ghlsync.ghl.rate.limited";

    private final AlertDesk desk;
    private final InboxHealthIndicator inbox;
    private final MeterRegistry meters;
    private final AlertProperties properties;
    private final OpsTimer timer;
    private final RateLimitWindow rateLimits;
    private final Clock clock = Clock.systemUTC();

    AlertWatch(AlertDesk desk, InboxHealthIndicator inbox, MeterRegistry meters, AlertProperties properties,
               OpsTimer timer) {
        this.desk = desk;
        this.inbox = inbox;
        this.meters = meters;
        this.properties = properties;
        this.timer = timer;
        this.rateLimits = new RateLimitWindow(properties.window());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.every(properties.checkInterval(), "alert checks", this::check);
    }

    void check() {
        Health backlog = inbox.health();
        if (backlog.getStatus().equals(Status.DOWN) || backlog.getStatus().equals(Status.OUT_OF_SERVICE)) {
            desk.report(new Incident(AlertKind.INBOX_BACKLOG, "inbox", 1,
                    "Inbox " + backlog.getStatus().getCode() + ": " + backlog.getDetails().get("reason")));
        }
        RateLimitWindow.Counted counted = rateLimits.add(clock.instant(), rateLimitedByLocation());
        if (counted.total() > properties.rateLimitedThreshold()) {
            desk.report(new Incident(AlertKind.RATE_LIMITED, "highlevel", 1, "HighLevel answered 429 "
                    + counted.total() + " times in the last " + InboxHealthIndicator.readable(counted.span())
                    + " (alert above " + properties.rateLimitedThreshold() + "), by location: "
                    + counted.byLocation().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
    }

    private Map<String, Double> rateLimitedByLocation() {
        Map<String, Double> counts = new HashMap<>();
        for (Counter counter : meters.find(RATE_LIMITED).counters()) {
            counts.merge(String.valueOf(counter.getId().getTag("location")), counter.count(), Double::sum);
        }
        return counts;
    }
}
