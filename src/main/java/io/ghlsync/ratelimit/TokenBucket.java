package io.ghlsync.ratelimit;

/**
 * A token bucket for one location, in reservation style: {@link #reserve} always takes a token and
 * answers how long the caller must wait for it, so waiting callers are served in arrival order at the
 * refill rate. Times are {@link System#nanoTime()} values passed in by the caller, which keeps the
 * arithmetic testable without clocks or sleeps.
 *
 * <p>Why the numbers: HighLevel counts requests per fixed or sliding window ({@code max} per
 * {@code interval}). A bucket of capacity {@code burst} refilled at {@code r} per nanosecond lets
 * through at most {@code burst + r * interval} requests in any window, so the rate is chosen to make
 * that {@code max * (1 - headroom)}: a well-behaved run stays under the limit whatever the window
 * alignment, with a margin for network jitter and for requests of other processes.
 *
 * <p>A bucket shared by several instances lives in the database between uses ({@link #state()}, and the
 * constructor taking one); its times are then epoch nanoseconds, the one clock the instances have in common.
 */
final class TokenBucket {

    /** What a bucket holds between two uses, as the shared budget stores it. */
    record State(double tokens, long updatedAt, long blockedUntil, long max, long intervalNanos) {
    }

    private final double headroom;
    private final int configuredBurst;
    private double capacity;
    private double ratePerNano;
    private double tokens;
    private long updatedAt;
    private long blockedUntil;
    private long max;
    private long intervalNanos;

    TokenBucket(long max, long intervalNanos, int burst, double headroom, long now) {
        this.headroom = headroom;
        this.configuredBurst = burst;
        this.updatedAt = now;
        this.blockedUntil = now;
        configure(max, intervalNanos);
        this.tokens = capacity;
    }

    TokenBucket(State state, int burst, double headroom) {
        this.headroom = headroom;
        this.configuredBurst = burst;
        configure(state.max(), state.intervalNanos());
        this.tokens = Math.min(state.tokens(), capacity);
        this.updatedAt = state.updatedAt();
        this.blockedUntil = state.blockedUntil();
    }

    synchronized State state() {
        return new State(tokens, updatedAt, blockedUntil, max, intervalNanos);
    }

    /** Takes one token; answers the nanoseconds to wait before using it (0 = go now). */
    synchronized long reserve(long now) {
        long start = Math.max(now, blockedUntil);
        advance(start);
        tokens -= 1;
        long ready = tokens >= 0 ? start : start + (long) Math.ceil(-tokens / ratePerNano);
        return Math.max(0, ready - now);
    }

    /** Adopts the limit the server reports, when it differs from the one in force. */
    synchronized void configure(long newMax, long intervalNanos) {
        if (newMax <= 0 || intervalNanos <= 0) {
            return;
        }
        double safe = newMax * (1 - headroom);
        double burst = Math.max(1, Math.min(configuredBurst, Math.floor(safe / 2)));
        this.max = newMax;
        this.intervalNanos = intervalNanos;
        this.capacity = burst;
        this.ratePerNano = Math.max(safe - burst, 1) / intervalNanos;
        this.tokens = Math.min(tokens, capacity);
    }

    /**
     * Follows what the server says is left of its window. Never more tokens than that, less the
     * headroom; and when even the headroom is eaten into (someone else spends this budget too), no
     * request until a whole interval has passed: by then any window, sliding or fixed, has room again.
     * A lone, well-paced client never gets there, since it leaves the headroom unused.
     */
    synchronized void clampTo(long remaining, long now) {
        double reserve = Math.ceil(max * headroom);
        if (remaining < reserve) {
            blockUntil(now + intervalNanos, now);
        } else {
            advance(now);
            tokens = Math.min(tokens, remaining - reserve);
        }
    }

    /** Nothing is released before {@code until}; then one request (the retry) may go at once. */
    synchronized void blockUntil(long until, long now) {
        advance(now);
        blockedUntil = Math.max(blockedUntil, until);
        tokens = Math.min(tokens, 1);
        updatedAt = Math.max(updatedAt, blockedUntil);
    }

    /** Nanoseconds left of a hold-off in force at {@code now}, 0 when none. */
    synchronized long heldOffFor(long now) {
        return Math.max(0, blockedUntil - now);
    }

    private void advance(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * ratePerNano);
            updatedAt = now;
        }
    }
}
