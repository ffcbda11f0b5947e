package io.ghlsync.ops;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the metrics the operations side computes itself ({@code ghlsync.metrics}).
 *
 * @param deadLettersRefresh how often {@code ghlsync.dead.letters.open} is recounted from the table (also a second
 *                           after each dead letter recorded here); a scrape never counts
 */
@Validated
@ConfigurationProperties("ghlsync.metrics")
public record MetricsProperties(@DefaultValue("30s") @NotNull Duration deadLettersRefresh) {

    @AssertTrue(message = "ghlsync.metrics.dead-letters-refresh must be at least 1s")
    boolean isRefreshSensible() {
        return deadLettersRefresh.compareTo(Duration.ofSeconds(1)) >= 0;
    }
}
