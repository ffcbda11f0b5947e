package io.ghlsync.sandbox.ghl;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HighLevel simulator ({@code ghlsync.sandbox.ghl.*}); the location, token, seed
 * and webhook target are in {@link io.ghlsync.sandbox.SandboxProperties}. Everything here can also be
 * changed at run time through the control API.
 *
 * @param rateLimit          HighLevel's budget per app and location (docs/api-research.md §1.7)
 * @param oauth              the simulated marketplace app and its token lifetimes
 * @param webhooks           webhook delivery
 * @param requestLogCapacity how many recent requests {@code /_sim/requests} keeps
 */
@Validated
@ConfigurationProperties("ghlsync.sandbox.ghl")
public record GhlSimulatorProperties(
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid OAuth oauth,
        @DefaultValue @Valid Webhooks webhooks,
        @DefaultValue("100000") @Min(1) int requestLogCapacity) {

    /**
     * @param burst    requests per interval (HighLevel: 100)
     * @param interval the sliding window of the burst (HighLevel: 10 s)
     * @param daily    requests per day (HighLevel: 200,000)
     */
    public record RateLimit(
            @DefaultValue("100") @Min(1) int burst,
            @DefaultValue("10s") @NotNull Duration interval,
            @DefaultValue("200000") @Min(1) long daily) {
    }

    /**
     * @param clientId            the marketplace app's client id
     * @param clientSecret        its client secret (a sandbox value, but still never logged)
     * @param accessTokenLifetime HighLevel's is 86399 s; tests shorten it so that refresh runs
     * @param codeLifetime        how long an authorization code can be exchanged
     */
    public record OAuth(
            @DefaultValue("sandbox-client-id") @NotBlank String clientId,
            @DefaultValue("sandbox-client-secret") @NotBlank String clientSecret,
            @DefaultValue("86399s") @NotNull Duration accessTokenLifetime,
            @DefaultValue("10m") @NotNull Duration codeLifetime) {

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=***, accessTokenLifetime=" + accessTokenLifetime
                    + ", codeLifetime=" + codeLifetime + "]";
        }
    }

    /**
     * @param enabled       send webhooks at all
     * @param threads       delivery workers
     * @param queueCapacity webhooks waiting for a worker; beyond it they are dropped (and recorded)
     * @param maxAttempts   attempts per webhook answered 429 (the only answer HighLevel retries)
     * @param maxRetryAfter longest wait honoured from a receiver's Retry-After
     * @param timeout       per attempt, connect and answer
     * @param logCapacity   how many recent deliveries {@code /_sim/webhooks} keeps
     * @param legacyRsaSignature also sign with RSA ({@code x-wh-signature}); ~1 ms per webhook, and
     *                      HighLevel itself now sends only the Ed25519 {@code x-ghl-signature}
     */
    public record Webhooks(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("4") @Min(1) int threads,
            @DefaultValue("10000") @Min(1) int queueCapacity,
            @DefaultValue("5") @Min(1) int maxAttempts,
            @DefaultValue("60s") @NotNull Duration maxRetryAfter,
            @DefaultValue("10s") @NotNull Duration timeout,
            @DefaultValue("10000") @Min(1) int logCapacity,
            @DefaultValue("true") boolean legacyRsaSignature) {
    }
}
