package io.ghlsync.sync;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of polling ({@code ghlsync.polling}), documented in application.yaml.
 *
 * @param enabled   poll at all (the safety net behind webhooks, and the only trigger where none are set up)
 * @param cron      Quartz cron expression of every location's poll
 * @param locations the locations to poll; empty means the default location plus every location connected by OAuth
 * @param overlap   how far before its watermark a poll starts again, for changes HighLevel's search shows late
 * @param pageSize  contacts per search page (HighLevel allows up to 500)
 */
@Validated
@ConfigurationProperties("ghlsync.polling")
public record PollingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0/5 * * * ?") @NotBlank String cron,
        @DefaultValue({}) List<String> locations,
        @DefaultValue("2m") @NotNull Duration overlap,
        @DefaultValue("100") @Min(1) @Max(500) int pageSize) {

    @AssertTrue(message = "ghlsync.polling.cron must be a Quartz cron expression, e.g. '0 0/5 * * * ?' (every 5 minutes)")
    boolean isCronValid() {
        return cron != null && CronExpression.isValidExpression(cron);
    }

    @AssertTrue(message = "ghlsync.polling.overlap must not be negative")
    boolean isOverlapValid() {
        return overlap != null && !overlap.isNegative();
    }
}
