package io.ghlsync.ops.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Health {@code auth}: DOWN while any location's OAuth grant is NEEDS_REAUTH (HighLevel refused its refresh token;
 * its calls fail until someone connects it again at {@code /oauth/ghl/start}), naming each location and the reason.
 * Read from {@code oauth_token}, shared by every instance: one small table, one row per location.
 */
@Component("authHealthIndicator")
@ConditionalOnSync
class AuthHealthIndicator extends AbstractHealthIndicator {

    /** Most locations named in the details; the count covers the rest. */
    private static final int MAX_NAMED = 20;

    private final JdbcTemplate jdbc;

    AuthHealthIndicator(JdbcTemplate jdbc) {
        super("cannot read the OAuth grants (oauth_token)");
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Map<String, Object>> needing = jdbc.queryForList("select location_id, status_reason from oauth_token"
                + " where status = 'NEEDS_REAUTH' order by updated_at desc, location_id fetch first "
                + (MAX_NAMED + 1) + " rows only");
        Long connected = jdbc.queryForObject("select count(*) from oauth_token where status <> 'NEEDS_REAUTH'",
                Long.class);
        builder.withDetail("connectedLocations", connected == null ? 0 : connected);
        if (needing.isEmpty()) {
            builder.up();
            return;
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        needing.stream().limit(MAX_NAMED).forEach(row -> reasons.put((String) row.get("location_id"),
                row.get("status_reason") == null ? "refresh token refused" : (String) row.get("status_reason")));
        builder.down()
                .withDetail("reason", (needing.size() > MAX_NAMED ? "more than " + MAX_NAMED : needing.size())
                        + " location(s) need re-authorisation: connect each again at /oauth/ghl/start")
                .withDetail("locations", reasons);
    }
}
