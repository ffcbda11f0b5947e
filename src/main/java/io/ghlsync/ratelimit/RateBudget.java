package io.ghlsync.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The request budget of each HighLevel location (HighLevel allows 100 requests per 10 s and 200,000
 * per day, per app per location: docs/api-research.md §1.7). Every request is sent only after
 * {@link #acquire}; every answer is reported back through {@link #observe}, so the budget follows
 * what HighLevel says is left.
 *
 * <p>{@link SharedRateBudget} (the default) keeps each location's bucket in the database, so that several
 * instances together never spend more than one budget; {@link TokenBucketRateBudget} paces one process
 * alone. Implementations must be thread-safe.
 */
public interface RateBudget {

    /**
     * Waits until one request for {@code locationId} may be sent, and takes it from the budget.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void acquire(String locationId) throws InterruptedException;

    /** What HighLevel's {@code X-RateLimit-*} headers reported on an answer for {@code locationId}. */
    void observe(String locationId, RateLimitReport report);

    /**
     * Nobody sends for {@code locationId} for the next {@code wait} (after a 429): callers already
     * waiting in {@link #acquire} wait longer, not only the one that met the 429.
     */
    void holdOff(String locationId, Duration wait);

    /** The remaining budget of the current interval as HighLevel last reported it, if it has. */
    OptionalLong remaining(String locationId);
}
