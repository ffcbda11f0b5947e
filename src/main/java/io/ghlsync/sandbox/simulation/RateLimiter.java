package io.ghlsync.sandbox.simulation;

import java.util.OptionalLong;

/**
 * A token bucket: {@code requests} tokens, refilled evenly over {@code window}. A request without a
 * token is told how many whole seconds to wait (at least 1), which becomes its {@code Retry-After}.
 */
public final class RateLimiter {

    private RateLimitSettings settings;
    private double tokens;
    private long refilledAt;

    public RateLimiter(RateLimitSettings settings) {
        configure(settings);
    }

    public synchronized void configure(RateLimitSettings settings) {
        this.settings = settings;
        this.tokens = settings.requests();
        this.refilledAt = System.nanoTime();
    }

    public synchronized RateLimitSettings settings() {
        return settings;
    }

    /** Empty when the request may go ahead; otherwise the seconds to wait. */
    synchronized OptionalLong tryAcquire() {
        if (!settings.enabled()) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        double perNano = settings.requests() / (double) settings.window().toNanos();
        tokens = Math.min(settings.requests(), tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return OptionalLong.empty();
        }
        double nanosToToken = (1 - tokens) / perNano;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToToken / 1_000_000_000d)));
    }
}
