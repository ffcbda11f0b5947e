package io.ghlsync.sync.mirror;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * When a change the mirror finds on PushPress was made. PushPress records carry no update time; the webhook
 * announcing the change carries one ({@code created}) and waits in the inbox. With no such webhook waiting (lost, or
 * not sent yet) the change is taken as made now: it was certainly made before now and after the last one seen.
 */
@Component
@ConditionalOnSync
class PendingChanges {

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    PendingChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Instant pushPressCustomer(String companyId, String customerId) {
        Timestamp newest = jdbc.queryForObject("select max(event_time) from inbox_event where source = 'pushpress'"
                + " and group_key = ? and status in ('NEW', 'CLAIMED')", Timestamp.class,
                "pushpress:" + companyId + ":customer:" + customerId);
        return newest == null ? clock.instant() : newest.toInstant();
    }

    Instant now() {
        return clock.instant();
    }
}
