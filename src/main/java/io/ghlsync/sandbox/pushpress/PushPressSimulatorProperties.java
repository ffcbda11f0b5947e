package io.ghlsync.sandbox.pushpress;

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
 * The PushPress simulator ({@code ghlsync.pushpress.simulator.*}). The key and company id are also
 * what the PushPress client sends in sandbox mode, so the two always agree.
 *
 * @param apiKey         the only {@code API-KEY} accepted
 * @param companyId      the only {@code company-id} accepted, and every customer's {@code companyId}
 * @param seedCustomers  customers present at start (and after a reset), generated from {@code seed}
 * @param seed           random seed of the generated customers
 * @param requestLogSize how many API requests {@code GET …/_sim/requests} remembers
 * @param rateLimit      request budget (an assumption: PushPress publishes no numbers)
 * @param webhooks       delivery of {@code customer.*} webhooks; secret default {@code sandbox-pushpress-secret}
 */
@Validated
@ConfigurationProperties("ghlsync.pushpress.simulator")
public record PushPressSimulatorProperties(
        @DefaultValue("sandbox-key") @NotBlank String apiKey,
        @DefaultValue("sandbox-company") @NotBlank String companyId,
        @DefaultValue("0") @Min(0) @Max(100_000) int seedCustomers,
        @DefaultValue("42") long seed,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int requestLogSize,
        @DefaultValue @Valid @NotNull RateLimitSettings rateLimit,
        @DefaultValue @Valid @NotNull WebhookSettings webhooks) {

    static final String DEFAULT_WEBHOOK_SECRET = "sandbox-pushpress-secret";

    public PushPressSimulatorProperties {
        webhooks = webhooks == null ? null : webhooks.withDefaultSecret(DEFAULT_WEBHOOK_SECRET);
    }

    @Override
    public String toString() {
        return "PushPressSimulatorProperties[companyId=" + companyId + ", apiKey=***, webhooks=" + webhooks + "]";
    }
}
