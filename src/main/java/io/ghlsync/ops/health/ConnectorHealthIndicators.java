package io.ghlsync.ops.health;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.ConditionalOnSync;

/**
 * One health indicator per connector, named as the connector is everywhere else ({@code ghlsync.target.calls{target}},
 * the simulators): {@code ghl}, {@code pushpress}, {@code push}, {@code app}. They form the {@code connectors} group
 * with {@code auth} (application.yaml), which is never part of liveness or readiness: restarting this application
 * does not bring HighLevel back.
 */
@Configuration
@ConditionalOnSync
class ConnectorHealthIndicators {

    @Bean
    HealthIndicator ghlHealthIndicator(ConnectorChecks checks) {
        return () -> checks.health("ghl");
    }

    @Bean
    HealthIndicator pushpressHealthIndicator(ConnectorChecks checks) {
        return () -> checks.health("pushpress");
    }

    @Bean
    HealthIndicator pushHealthIndicator(ConnectorChecks checks) {
        return () -> checks.health("push");
    }

    @Bean
    HealthIndicator appHealthIndicator(ConnectorChecks checks) {
        return () -> checks.health("app");
    }
}
