package io.ghlsync.ops.health;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the health indicators ({@code ghlsync.health}), documented in application.yaml.
 *
 * @param connectorCheckInterval how often the connectors (HighLevel, PushPress, Push, the app) are probed in the
 *                               background; a health request only reads the last result. 0 switches the probes off
 *                               (the connectors then report UNKNOWN)
 * @param connectorTimeout       how long a probe waits for an answer before the connector counts as DOWN
 * @param maxBacklogAge          the inbox is DOWN once its oldest unprocessed event has waited longer than this
 */
@Validated
@ConfigurationProperties("ghlsync.health")
public record HealthProperties(@DefaultValue("1m") @NotNull Duration connectorCheckInterval,
                               @DefaultValue("5s") @NotNull Duration connectorTimeout,
                               @DefaultValue("15m") @NotNull Duration maxBacklogAge) {

    @AssertTrue(message = "ghlsync.health: connector-check-interval must be 0 (off) or positive, connector-timeout "
            + "and max-backlog-age positive")
    boolean isTimingSensible() {
        return !connectorCheckInterval.isNegative() && positive(connectorTimeout) && positive(maxBacklogAge);
    }

    boolean connectorChecksOn() {
        return !connectorCheckInterval.isZero();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
