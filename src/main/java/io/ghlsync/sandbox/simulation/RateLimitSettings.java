package io.ghlsync.sandbox.simulation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A simulator's request budget: at most {@code requests} per {@code window} (a token bucket that
 * refills continuously), beyond which it answers 429 with {@code Retry-After}. {@code requests: 0}
 * switches the limit off. PushPress and Push publish no numbers (docs/api-research.md §2, §3), so
 * the defaults are an assumption meant to be tightened for rate-limit tests.
 */
public record RateLimitSettings(
        @DefaultValue("100") @Min(0) int requests,
        @DefaultValue("1s") @NotNull Duration window) {

    public RateLimitSettings {
        if (window != null && (window.isZero() || window.isNegative())) {
            throw new IllegalArgumentException("rate-limit.window must be positive, was " + window);
        }
    }

    public boolean enabled() {
        return requests > 0;
    }
}
