package io.ghlsync.ops.health;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.webhook.InboxBacklog;
import io.ghlsync.webhook.InboxProperties;

/**
 * Health {@code inbox}: whether the durable inbox keeps up. OUT_OF_SERVICE while more than
 * {@code ghlsync.inbox.max-backlog} events wait (intake answers 429 then); DOWN once the oldest unprocessed event has
 * waited longer than {@code ghlsync.health.max-backlog-age} (deliveries fail, or do not keep up). Reads the backlog
 * figures {@link InboxBacklog} keeps current (recounted every {@code ghlsync.inbox.backlog-refresh}), never the table.
 * Not part of readiness: the backlog is shared by every instance, and taking them all out of the load balancer
 * would turn HighLevel's retried 429s into lost webhooks.
 */
@Component("inboxHealthIndicator")
@ConditionalOnSync
public class InboxHealthIndicator extends AbstractHealthIndicator {

    private final InboxBacklog backlog;
    private final long maxBacklog;
    private final Duration maxAge;

    InboxHealthIndicator(InboxBacklog backlog, InboxProperties inbox, HealthProperties health) {
        super("cannot read the inbox backlog");
        this.backlog = backlog;
        this.maxBacklog = inbox.maxBacklog();
        this.maxAge = health.maxBacklogAge();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        judge(builder, backlog.depth(), backlog.oldestAge(), maxBacklog, maxAge);
    }

    /** The verdict on {@code depth} waiting events, the oldest of which has waited {@code oldest}. */
    static void judge(Health.Builder builder, long depth, Duration oldest, long maxBacklog, Duration maxAge) {
        builder.withDetail("depth", depth).withDetail("oldestAgeSeconds", oldest.toSeconds())
                .withDetail("maxBacklog", maxBacklog).withDetail("maxBacklogAgeSeconds", maxAge.toSeconds());
        if (depth > maxBacklog) {
            builder.outOfService().withDetail("reason", depth + " events wait, more than ghlsync.inbox.max-backlog="
                    + maxBacklog + ": intake answers 429 until the backlog shrinks");
        } else if (oldest.compareTo(maxAge) > 0) {
            builder.down().withDetail("reason", "the oldest unprocessed event has waited " + readable(oldest)
                    + ", longer than ghlsync.health.max-backlog-age=" + readable(maxAge)
                    + ": deliveries are failing or not keeping up (" + depth + (depth == 1 ? " event waits)"
                    : " events wait)"));
        } else {
            builder.up();
        }
    }

    /** {@code 17m3s} rather than {@code PT17M3.512S}. */
    public static String readable(Duration duration) {
        return duration.truncatedTo(ChronoUnit.SECONDS).toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
