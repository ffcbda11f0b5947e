package io.ghlsync.sync;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlConnection;

/**
 * Which locations are polled: those listed in {@code ghlsync.polling.locations}, or else the default location
 * (the private-integration token's, or the sandbox's) plus every location connected through OAuth and not waiting
 * for re-authorisation (table {@code oauth_token}, written by the auth package).
 */
@Component
@ConditionalOnSync
class PolledLocations {

    private final PollingProperties properties;
    private final GhlConnection connection;
    private final JdbcTemplate jdbc;

    PolledLocations(PollingProperties properties, GhlConnection connection, JdbcTemplate jdbc) {
        this.properties = properties;
        this.connection = connection;
        this.jdbc = jdbc;
    }

    Set<String> all() {
        Set<String> locations = new LinkedHashSet<>();
        if (!properties.locations().isEmpty()) {
            properties.locations().stream().filter(id -> !id.isBlank()).map(String::strip).forEach(locations::add);
            return locations;
        }
        String fallback = connection.defaultLocationId();
        if (fallback != null && !fallback.isBlank()) {
            locations.add(fallback);
        }
        locations.addAll(jdbc.queryForList("select location_id from oauth_token where status <> 'NEEDS_REAUTH'"
                + " order by location_id", String.class));
        return locations;
    }
}
