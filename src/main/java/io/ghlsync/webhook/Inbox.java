package io.ghlsync.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Writes events to the durable inbox. Called by the intake routes as bean {@code inbox} (the answer is sent only
 * after this returns, so an acknowledged event is on disk) and by Java code such as polling.
 */
@Component("inbox")
@ConditionalOnSync
public class Inbox {

    // No ON CONFLICT: H2 lacks it. The unique (source, event_key) constraint decides, and the duplicate-key error
    // means "already there" (docs/architecture.md "Database").
    private static final String INSERT = "insert into inbox_event (source, event_key, event_type, location_id,"
            + " group_key, event_time, received_at, payload, status, attempts, next_attempt_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', 0, ?)";

    private static final String RETRY_FAILED = "update inbox_event set status = 'NEW', next_attempt_at = ?,"
            + " claimed_by = null, lease_until = null where id = ? and status = 'FAILED'";

    private final JdbcTemplate jdbc;
    private final InboxBacklog backlog;
    private final Clock clock = Clock.systemUTC();

    Inbox(JdbcTemplate jdbc, InboxBacklog backlog) {
        this.jdbc = jdbc;
        this.backlog = backlog;
    }

    /** Stores {@code event} unless an event with the same source and key is there already. */
    public InboxReceipt store(NewInboxEvent event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.update(INSERT, event.source(), event.eventKey(), event.eventType(), event.locationId(),
                    event.groupKey(), event.eventTime().atOffset(ZoneOffset.UTC), now, event.payload(), now);
        } catch (DuplicateKeyException alreadyThere) {
            return new InboxReceipt(event, true);
        }
        backlog.added();
        return new InboxReceipt(event, false);
    }

    /**
     * Puts a FAILED event back to NEW, due now, for the claim loop to deliver once more through the usual path
     * (group ordering, dedup, DONE or FAILED). Its attempts are kept, so a renewed failure marks it FAILED again at
     * once rather than after another round of backoff. Answers false when the event is not FAILED (any more).
     */
    public boolean retryFailed(long id) {
        boolean requeued = jdbc.update(RETRY_FAILED, OffsetDateTime.now(clock), id) == 1;
        if (requeued) {
            backlog.added();
        }
        return requeued;
    }
}
