package io.ghlsync.sandbox.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.sandbox.simulation.RateLimitSettings;
import io.ghlsync.sandbox.simulation.WebhookSettings;

/**
 * The generic app simulator ({@code ghlsync.app.simulator.*}). Its auth header and value are also
 * what the app client sends in sandbox mode.
 *
 * @param authHeader     the header that must carry {@code authValue}
 * @param authValue      the only credential accepted
 * @param requestLogSize how many API requests {@code GET …/_sim/requests} remembers
 * @param rateLimit      request budget
 * @param webhooks       delivery of task/note webhooks; secret default {@code sandbox-app-secret}
 */
@Validated
@ConfigurationProperties("ghlsync.app.simulator")
public record AppSimulatorProperties(
        @DefaultValue("Authorization") @NotBlank String authHeader,
        @DefaultValue("Bearer sandbox-app-token") @NotBlank String authValue,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int requestLogSize,
        @DefaultValue @Valid @NotNull RateLimitSettings rateLimit,
        @DefaultValue @Valid @NotNull WebhookSettings webhooks) {

    static final String DEFAULT_WEBHOOK_SECRET = "sandbox-app-secret";

    public AppSimulatorProperties {
        webhooks = webhooks == null ? null : webhooks.withDefaultSecret(DEFAULT_WEBHOOK_SECRET);
    }

    @Override
    public String toString() {
        return "AppSimulatorProperties[authHeader=" + authHeader + ", authValue=***, webhooks=" + webhooks + "]";
    }
}
