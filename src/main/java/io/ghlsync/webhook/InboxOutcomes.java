package io.ghlsync.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ratelimit.Backoff;

/**
 * Records what became of claimed rows. Every update is conditional on the row still being CLAIMED by this
 * instance: an instance whose lease ran out (a long pause) and whose group was taken over changes nothing.
 * <ul>
 * <li>delivered: DONE;</li>
 * <li>failed: NEW again after a {@link Backoff} wait, or FAILED with {@code last_error} once
 * {@code ghlsync.inbox.max-attempts} deliveries failed — the inbox's dead letter, kept for replay;</li>
 * <li>released (shutdown): NEW again, not counted as an attempt.</li>
 * </ul>
 */
@Component
@ConditionalOnSync
class InboxOutcomes {

    private static final Logger log = LoggerFactory.getLogger(InboxOutcomes.class);
    private static final int MAX_ERROR = 4000; // inbox_event.last_error

    private static final String DONE = "update inbox_event set status = 'DONE', processed_at = :now,"
            + " lease_until = null, last_error = null where id in (:ids) and status = 'CLAIMED' and claimed_by = :instance";
    private static final String RETRY = "update inbox_event set status = 'NEW', attempts = :attempts,"
            + " next_attempt_at = :next, last_error = :error, claimed_by = null, lease_until = null"
            + " where id = :id and status = 'CLAIMED' and claimed_by = :instance";
    private static final String FAIL = "update inbox_event set status = 'FAILED', attempts = :attempts,"
            + " processed_at = :now, last_error = :error, lease_until = null"
            + " where id = :id and status = 'CLAIMED' and claimed_by = :instance";
    private static final String RELEASE = "update inbox_event set status = 'NEW', claimed_by = null, lease_until = null"
            + " where status = 'CLAIMED' and claimed_by = :instance";
    private static final String RENEW = "update inbox_event set lease_until = :until"
            + " where status = 'CLAIMED' and claimed_by = :instance";

    private final NamedParameterJdbcTemplate jdbc;
    private final InboxProperties properties;
    private final Backoff backoff;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    InboxOutcomes(NamedParameterJdbcTemplate jdbc, InboxProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.backoff = properties.backoff();
        this.events = events;
    }

    void delivered(String instance, ClaimedGroup group) {
        int updated = jdbc.update(DONE, new MapSqlParameterSource().addValue("now", OffsetDateTime.now(clock))
                .addValue("ids", group.ids()).addValue("instance", instance));
        if (updated < group.rows().size()) {
            log.warn("Group {} was delivered, but {} of its {} events had been taken over by another instance after"
                    + " this one's lease ran out; they will be delivered again (already processed events are skipped)",
                    group.groupKey(), group.rows().size() - updated, group.rows().size());
        }
    }

    void failed(String instance, ClaimedGroup group, Throwable error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String reason = describe(error);
        MapSqlParameterSource[] retries = group.rows().stream()
                .filter(row -> backoff.allowsRetryAfter(row.attempts() + 1))
                .map(row -> new MapSqlParameterSource().addValue("id", row.id()).addValue("instance", instance)
                        .addValue("attempts", row.attempts() + 1).addValue("error", reason)
                        .addValue("next", now.plus(backoff.delayAfter(row.attempts() + 1))))
                .toArray(MapSqlParameterSource[]::new);
        List<ClaimedGroup.Row> exhausted = group.rows().stream()
                .filter(row -> !backoff.allowsRetryAfter(row.attempts() + 1)).toList();
        jdbc.batchUpdate(RETRY, retries);
        int[] failed = jdbc.batchUpdate(FAIL, exhausted.stream()
                .map(row -> new MapSqlParameterSource().addValue("id", row.id()).addValue("instance", instance)
                        .addValue("attempts", row.attempts() + 1).addValue("error", reason).addValue("now", now))
                .toArray(MapSqlParameterSource[]::new));
        for (int i = 0; i < exhausted.size(); i++) {
            if (failed[i] != 0) { // 0: taken over by another instance meanwhile, which records its own outcome
                ClaimedGroup.Row row = exhausted.get(i);
                events.publishEvent(new InboxEventFailed(row.id(), group.source(), row.eventKey(), row.eventType(),
                        row.locationId(), group.groupKey(), row.payload(), row.attempts() + 1,
                        error.getClass().getName(), error.getMessage()));
            }
        }
        if (exhausted.isEmpty()) {
            log.warn("Delivery {} of group {} failed, retrying later: {}", group.attempt(), group.groupKey(), reason);
        } else {
            log.error("Delivery of group {} failed for the last time ({} attempts); {} events are FAILED in the inbox"
                    + " (dead letter): {}", group.groupKey(), properties.maxAttempts(), exhausted.size(), reason);
        }
    }

    /** Hands back every row this instance still holds; answers how many. */
    int release(String instance) {
        return jdbc.update(RELEASE, new MapSqlParameterSource("instance", instance));
    }

    /** Extends this instance's claims, so that a long delivery is not taken over. */
    void renew(String instance) {
        jdbc.update(RENEW, new MapSqlParameterSource().addValue("instance", instance)
                .addValue("until", OffsetDateTime.now(clock).plus(properties.lease())));
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
