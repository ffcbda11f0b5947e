package io.ghlsync.ghl;

import java.time.Duration;

/**
 * HighLevel kept answering 429 until the retries ran out, asked for a longer wait than
 * {@code ghlsync.ratelimit.max-wait}, or reported the day's budget spent
 * ({@code X-RateLimit-Daily-Remaining: 0}), when retrying cannot succeed and the call fails at once.
 */
public class RateLimitExhaustedException extends GhlException {

    private final int attempts;
    private final boolean dailyBudgetSpent;

    private RateLimitExhaustedException(String message, String operation, String locationId, int attempts, boolean daily) {
        super(message, operation, locationId, null);
        this.attempts = attempts;
        this.dailyBudgetSpent = daily;
    }

    static RateLimitExhaustedException retriesSpent(String operation, String locationId, int attempts) {
        return new RateLimitExhaustedException("HighLevel rate-limited " + operation + " for location " + locationId
                + " on all " + attempts + " attempts", operation, locationId, attempts, false);
    }

    static RateLimitExhaustedException waitTooLong(String operation, String locationId, int attempts, Duration wait) {
        return new RateLimitExhaustedException("HighLevel rate-limited " + operation + " for location " + locationId
                + " and asked to wait " + wait.toSeconds() + " s, longer than ghlsync.ratelimit.max-wait (attempt "
                + attempts + ")", operation, locationId, attempts, false);
    }

    static RateLimitExhaustedException dailyBudgetSpent(String operation, String locationId, int attempts) {
        return new RateLimitExhaustedException("HighLevel's daily request budget for location " + locationId
                + " is spent (X-RateLimit-Daily-Remaining: 0); " + operation + " was not retried",
                operation, locationId, attempts, true);
    }

    public int attempts() {
        return attempts;
    }

    public boolean dailyBudgetSpent() {
        return dailyBudgetSpent;
    }
}
