package io.ghlsync.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Pacing and retries of HighLevel calls ({@code ghlsync.ratelimit.*}, documented in application.yaml).
 *
 * @param max            requests allowed per {@code interval} until HighLevel reports its own figure
 *                       ({@code X-RateLimit-Max}); HighLevel's documented limit is 100 per 10 s
 * @param interval       the window of {@code max} ({@code X-RateLimit-Interval-Milliseconds})
 * @param burst          requests that may go back to back before pacing sets in
 * @param headroom       share of the budget left unused, for clock and network jitter (0.1 = 10 %)
 * @param maxAttempts    attempts per call in all, the first included
 * @param initialBackoff first retry wait (doubles per attempt, jittered)
 * @param maxBackoff     longest retry wait of our own (a server's {@code Retry-After} may ask for more)
 * @param maxWait        a server asking to wait longer than this fails the call at once instead of
 *                       holding a thread
 * @param shared         each location's budget is kept in the database and shared by all instances on it
 *                       ({@link SharedRateBudget}); false paces each process alone ({@link TokenBucketRateBudget})
 */
@Validated
@ConfigurationProperties("ghlsync.ratelimit")
public record RateLimitProperties(
        @DefaultValue("100") @Min(1) long max,
        @DefaultValue("10s") @NotNull Duration interval,
        @DefaultValue("10") @Min(1) int burst,
        @DefaultValue("0.1") @DecimalMin("0.0") @DecimalMax("0.5") double headroom,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @DefaultValue("500ms") @NotNull Duration initialBackoff,
        @DefaultValue("30s") @NotNull Duration maxBackoff,
        @DefaultValue("2m") @NotNull Duration maxWait,
        @DefaultValue("true") boolean shared) {

    /** The retry-wait policy these settings describe. */
    public Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff, maxAttempts);
    }
}
