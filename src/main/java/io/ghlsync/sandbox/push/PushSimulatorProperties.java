package io.ghlsync.sandbox.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.sandbox.simulation.RateLimitSettings;

/**
 * The Push by Techulus simulator ({@code ghlsync.push.simulator.*}). Its key is also what the Push
 * client sends in sandbox mode.
 *
 * @param apiKey             the only {@code x-api-key} accepted
 * @param requestLogSize     how many API requests {@code GET …/_sim/requests} remembers
 * @param notificationLogSize how many accepted notifications {@code GET …/_sim/notifications} lists
 *                           (the total count is kept regardless)
 * @param rateLimit          request budget (an assumption: Push publishes no numbers)
 */
@Validated
@ConfigurationProperties("ghlsync.push.simulator")
public record PushSimulatorProperties(
        @DefaultValue("sandbox-push-key") @NotBlank String apiKey,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int requestLogSize,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int notificationLogSize,
        @DefaultValue @Valid @NotNull RateLimitSettings rateLimit) {

    @Override
    public String toString() {
        return "PushSimulatorProperties[apiKey=***, rateLimit=" + rateLimit + "]";
    }
}
