package io.ghlsync.ops.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlConnection;
import io.ghlsync.ratelimit.RateBudget;

/**
 * {@code GET /api/dashboard/locations}: each HighLevel location this app knows — authorised through OAuth
 * ({@code oauth_token}: status, NEEDS_REAUTH with its reason, expiry, scopes), served by the static token, or seen
 * by the rate limiter — with the remaining request budget HighLevel last reported. Tokens are never read here: the
 * query names only columns without secrets.
 */
@RestController
@ConditionalOnSync
class LocationsController {

    static final int MAX_LOCATIONS = 500;
    static final String BUDGET_GAUGE = "ghlsync.ghl.rate.budget.remaining";

    record Location(String locationId, String auth, String status, String reason, String companyId,
                    Instant expiresAt, List<String> scopes, Instant updatedAt, Long budgetRemaining) {
    }

    private final JdbcTemplate jdbc;
    private final GhlConnection connection;
    private final RateBudget budget;
    private final MeterRegistry metrics;

    LocationsController(JdbcTemplate jdbc, GhlConnection connection, RateBudget budget, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.connection = connection;
        this.budget = budget;
        this.metrics = metrics;
    }

    @GetMapping("/api/dashboard/locations")
    Collection<Location> locations() {
        Map<String, Location> byId = new TreeMap<>();
        jdbc.query("""
                select location_id, company_id, status, status_reason, expires_at, scopes, updated_at
                  from oauth_token order by location_id fetch first ? rows only""",
                rs -> {
                    String id = rs.getString("location_id");
                    String scopes = rs.getString("scopes");
                    byId.put(id, new Location(id, "oauth", rs.getString("status"), rs.getString("status_reason"),
                            rs.getString("company_id"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                            scopes == null ? List.of() : Arrays.asList(scopes.split("[ ,]+")),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), remaining(id)));
                }, MAX_LOCATIONS);
        List<String> others = new ArrayList<>();
        if (!connection.defaultLocationId().isBlank()) {
            others.add(connection.defaultLocationId());
        }
        metrics.find(BUDGET_GAUGE).gauges().forEach(gauge -> others.add(gauge.getId().getTag("location")));
        String staticAuth = staticTokenName();
        others.stream().filter(id -> id != null && !byId.containsKey(id)).limit(MAX_LOCATIONS).forEach(id ->
                byId.put(id, new Location(id, staticAuth, staticAuth == null ? "NO_TOKEN" : "ACTIVE",
                        staticAuth == null ? "never authorised through OAuth and no static token is configured" : null,
                        null, null, staticAuth == null ? List.of() : staticScopes(), null, remaining(id))));
        return byId.values();
    }

    private String staticTokenName() {
        if (connection.sandboxMode()) {
            return "sandbox";
        }
        return connection.properties().apiToken().isBlank() ? null : "static-token";
    }

    private List<String> staticScopes() {
        return connection.sandboxMode() ? List.of("contacts.readonly", "contacts.write") : connection.properties().scopes();
    }

    private Long remaining(String locationId) {
        OptionalLong left = budget.remaining(locationId);
        return left.isPresent() ? left.getAsLong() : null;
    }
}
