package io.ghlsync.target;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.ghlsync.ratelimit.Backoff;

/**
 * Timeouts and retries of one target, bound from {@code ghlsync.<target>.http.*}.
 *
 * @param connectTimeout  how long to wait for a TCP connection
 * @param requestTimeout  how long one request may take, answer included; a timeout is retried
 * @param maxAttempts     attempts in all (the first included) on 429, 5xx and timeouts
 * @param initialBackoff  first wait between attempts, doubled each time (with jitter)
 * @param maxBackoff      longest wait between attempts, unless the server's Retry-After asks for more
 * @param maxRetryAfter   longest wait the client blocks a thread for; a Retry-After beyond it fails
 *                        the call at once ({@link TargetRateLimitedException}) instead of stalling a
 *                        flow, leaving the retry to the dead-letter replay
 */
public record CallPolicy(
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration requestTimeout,
        @DefaultValue("4") @Min(1) @Max(20) int maxAttempts,
        @DefaultValue("200ms") @NotNull Duration initialBackoff,
        @DefaultValue("5s") @NotNull Duration maxBackoff,
        @DefaultValue("30s") @NotNull Duration maxRetryAfter) {

    public CallPolicy {
        if (initialBackoff != null && maxBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("http.max-backoff (" + maxBackoff
                    + ") must not be shorter than http.initial-backoff (" + initialBackoff + ")");
        }
    }

    /** The defaults, as documented in application.yaml. */
    public static CallPolicy defaults() {
        return new CallPolicy(Duration.ofSeconds(2), Duration.ofSeconds(10), 4, Duration.ofMillis(200),
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff, maxAttempts);
    }
}
