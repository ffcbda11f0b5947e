package io.ghlsync.ops.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ops.AdminRequestException;

/**
 * {@code GET /api/dashboard/events?limit=}: the newest inbox events with their outcome (NEW, CLAIMED, DONE, FAILED
 * and the last error), and how many events are in each status. Payloads are not shown: they are the senders' data
 * and the dead-letter view has them where they matter.
 */
@RestController
@ConditionalOnSync
class EventsController {

    static final int MAX_EVENTS = 100;

    record Event(long id, String source, String type, String locationId, String groupKey, String status, int attempts,
                 String lastError, Instant eventTime, Instant receivedAt, Instant processedAt) {
    }

    record Events(Map<String, Long> counts, List<Event> recent) {
    }

    private final JdbcTemplate jdbc;

    EventsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/dashboard/events")
    Events events(@RequestParam(required = false) String limit) {
        int size = AdminRequestException.integer("limit", limit, 25, 1, MAX_EVENTS);
        Map<String, Long> counts = new TreeMap<>(Map.of("NEW", 0L, "CLAIMED", 0L, "DONE", 0L, "FAILED", 0L));
        jdbc.query("select status, count(*) as n from inbox_event group by status",
                rs -> { counts.put(rs.getString("status"), rs.getLong("n")); });
        List<Event> recent = jdbc.query("""
                select id, source, event_type, location_id, group_key, status, attempts, last_error, event_time,
                       received_at, processed_at
                  from inbox_event order by id desc fetch first ? rows only""",
                (rs, n) -> new Event(rs.getLong("id"), rs.getString("source"), rs.getString("event_type"),
                        rs.getString("location_id"), rs.getString("group_key"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getObject("event_time",
                        OffsetDateTime.class)), instant(rs.getObject("received_at", OffsetDateTime.class)),
                        instant(rs.getObject("processed_at", OffsetDateTime.class))), size);
        return new Events(counts, recent);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
