package io.ghlsync.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** What inbox_event holds, for assertions. Tests look only at rows they created (PostgreSQL runs share tables). */
final class InboxRows {

    private final JdbcTemplate jdbc;

    InboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(String source, String eventKey) {
        return jdbc.queryForObject("select count(*) from inbox_event where source = ? and event_key = ?",
                Integer.class, source, eventKey);
    }

    int countWithPayloadContaining(String text) {
        return jdbc.queryForObject("select count(*) from inbox_event where payload like ?", Integer.class,
                "%" + text + "%");
    }

    Map<String, Object> row(String source, String eventKey) {
        return jdbc.queryForMap("select * from inbox_event where source = ? and event_key = ?", source, eventKey);
    }

    /** Read as OffsetDateTime: queryForMap answers Timestamp on PostgreSQL and OffsetDateTime on H2. */
    Instant eventTime(String source, String eventKey) {
        return jdbc.queryForObject("select event_time from inbox_event where source = ? and event_key = ?",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant(), source, eventKey);
    }

    String status(String source, String eventKey) {
        return jdbc.queryForObject("select status from inbox_event where source = ? and event_key = ?", String.class,
                source, eventKey);
    }
}
