package io.ghlsync.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Table {@code poll_watermark}: per location, the newest {@code dateUpdated} a poll has safely stored in the inbox,
 * and a full resync waiting to be carried out. The watermark only moves forward, so two polls of one location
 * (a scheduled one and a requested one) cannot move it back.
 */
@Component
@ConditionalOnSync
class PollWatermarks {

    /** A location's polling state; either value may be null (never polled, no resync requested). */
    record Watermark(Instant watermark, Instant resyncRequestedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    PollWatermarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Watermark find(String locationId) {
        return jdbc.query("select watermark, resync_requested_at from poll_watermark where location_id = ?",
                (rs, n) -> new Watermark(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))), locationId)
                .stream().findFirst().orElse(new Watermark(null, null));
    }

    /**
     * Records what a finished poll stored: the watermark moves forward to {@code newest} (if later), and the resync
     * it carried out ({@code resyncDone}, when not null) is cleared unless a newer one was requested meanwhile.
     */
    void commit(String locationId, Instant newest, Instant resyncDone) {
        ensureRow(locationId);
        if (newest != null) {
            jdbc.update("update poll_watermark set watermark = ?, updated_at = ? where location_id = ?"
                    + " and (watermark is null or watermark < ?)", utc(newest), utc(clock.instant()), locationId, utc(newest));
        }
        if (resyncDone != null) {
            jdbc.update("update poll_watermark set resync_requested_at = null, updated_at = ? where location_id = ?"
                    + " and resync_requested_at = ?", utc(clock.instant()), locationId, utc(resyncDone));
        }
    }

    /** Asks for a full resync of the location at its next poll; answers the request's time. */
    Instant requestResync(String locationId) {
        ensureRow(locationId);
        Instant now = clock.instant();
        jdbc.update("update poll_watermark set resync_requested_at = ?, updated_at = ? where location_id = ?",
                utc(now), utc(now), locationId);
        return now;
    }

    private void ensureRow(String locationId) {
        if (jdbc.queryForObject("select count(*) from poll_watermark where location_id = ?", Integer.class, locationId) == 0) {
            try {
                jdbc.update("insert into poll_watermark (location_id, watermark, updated_at) values (?, null, ?)",
                        locationId, utc(clock.instant()));
            } catch (DuplicateKeyException insertedMeanwhile) {
                // another poll or request made the row first: fine
            }
        }
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
