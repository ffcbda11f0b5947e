package io.ghlsync.ghl;

/**
 * HighLevel kept answering 429 until the retries ran out, or reported the day's budget spent
 * ({@code X-RateLimit-Daily-Remaining: 0}), when retrying cannot succeed and the call fails at once.
 */
public class RateLimitExhaustedException extends GhlException {

    private final int attempts;
    private final boolean dailyBudgetSpent;

    public RateLimitExhaustedException(String operation, String locationId, int attempts, boolean dailyBudgetSpent) {
        super(dailyBudgetSpent
                ? "HighLevel's daily request budget for location " + locationId + " is spent (X-RateLimit-Daily-Remaining: 0); "
                        + operation + " was not retried"
                : "HighLevel rate-limited " + operation + " for location " + locationId + " on all " + attempts + " attempts",
                operation, locationId, null);
        this.attempts = attempts;
        this.dailyBudgetSpent = dailyBudgetSpent;
    }

    public int attempts() {
        return attempts;
    }

    public boolean dailyBudgetSpent() {
        return dailyBudgetSpent;
    }
}
