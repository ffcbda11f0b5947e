package io.ghlsync.ops.health;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlConnection;
import io.ghlsync.ops.OpsTimer;
import io.ghlsync.target.TargetConnection;
import io.ghlsync.target.TargetHttpFactory;

/**
 * Whether each connector's service answers: HighLevel, PushPress, Push and the app (their simulators in sandbox
 * mode). Probed in the background every {@code ghlsync.health.connector-check-interval}; a health request only reads
 * the last result, so no probe, however often the health endpoint is asked, costs more than one request per
 * interval. A probe ({@link ConnectorProbe}) is a plain GET of the service's base URL <em>without</em> credentials:
 * it spends no HighLevel rate budget (that is counted per location and token) and sends no secret anywhere.
 * Auth state is the {@code auth} indicator's.
 */
@Component
@ConditionalOnSync
class ConnectorChecks {

    private static final List<String> CONNECTORS = List.of("ghl", "pushpress", "push", "app");

    private final GhlConnection ghl;
    private final TargetHttpFactory targets;
    private final HealthProperties properties;
    private final OpsTimer timer;
    private final ConnectorProbe probe;
    private final Map<String, Health> latest = new ConcurrentHashMap<>();

    ConnectorChecks(GhlConnection ghl, TargetHttpFactory targets, HealthProperties properties, OpsTimer timer) {
        this.ghl = ghl;
        this.targets = targets;
        this.properties = properties;
        this.timer = timer;
        this.probe = new ConnectorProbe(properties.connectorTimeout());
    }

    /** Starts once the server listens: in sandbox mode the simulators are this application's own endpoints. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.connectorChecksOn()) {
            timer.every(properties.connectorCheckInterval(), "connector checks", this::checkAll);
        }
    }

    /** The last result for {@code connector}. */
    Health health(String connector) {
        Health known = latest.get(connector);
        if (known != null) {
            return known;
        }
        return Health.unknown().withDetail("reason", properties.connectorChecksOn() ? "not checked yet"
                : "connector checks are switched off (ghlsync.health.connector-check-interval=0)").build();
    }

    void checkAll() {
        CONNECTORS.forEach(this::check);
    }

    private void check(String connector) {
        String baseUrl;
        if (connector.equals("ghl")) {
            baseUrl = ghl.baseUrl();
        } else {
            TargetConnection target = targets.connection(connector).orElse(null);
            if (target == null || !target.missing().isEmpty()) {
                latest.put(connector, Health.unknown().withDetail("reason", "not configured: "
                        + (target == null ? "no client" : target.missing())).build());
                return;
            }
            baseUrl = target.baseUrl();
        }
        probe.probe(URI.create(baseUrl)).thenAccept(health -> latest.put(connector, health));
    }
}
