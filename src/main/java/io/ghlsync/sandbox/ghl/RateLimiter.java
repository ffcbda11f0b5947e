package io.ghlsync.sandbox.ghl;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Enforces {@link RateLimitSettings} per budget key (token owner + location) and reports what is
 * left, for the {@code X-RateLimit-*} headers every answer carries. The burst is a sliding window
 * (a log of the admitted requests' times), the daily budget a counter per UTC day. Each key has its
 * own lock, so calls for different locations never wait for each other.
 */
@Component
@ConditionalOnSimulators
class RateLimiter {

    /** The outcome of one request against its budget. */
    record Admission(boolean allowed, RateLimitSettings settings, long remaining, long dailyRemaining,
                     long retryAfterSeconds) {
    }

    private final ConcurrentHashMap<String, Budget> budgets = new ConcurrentHashMap<>();
    private volatile RateLimitSettings settings;

    RateLimiter(GhlSimulatorProperties properties) {
        GhlSimulatorProperties.RateLimit config = properties.rateLimit();
        this.settings = new RateLimitSettings(config.burst(), config.interval(), config.daily());
    }

    /** Spends one request of {@code key}'s budget, or refuses it when none is left (refusals spend nothing). */
    Admission admit(String key, long nowMillis) {
        RateLimitSettings current = settings;
        return budgets.computeIfAbsent(key, unused -> new Budget()).admit(current, nowMillis);
    }

    RateLimitSettings settings() {
        return settings;
    }

    /** New limits apply to fresh budgets: every window and daily count starts again. */
    void settings(RateLimitSettings value) {
        settings = value;
        budgets.clear();
    }

    /** Forgets what every caller has spent. */
    void resetBudgets() {
        budgets.clear();
    }

    /** One key's budget: the times of the requests admitted within the window, oldest first, in a ring. */
    private static final class Budget {

        private static final long DAY_MILLIS = 86_400_000L;

        private long[] times = new long[16];
        private int head;
        private int size;
        private long day = -1;
        private long dailyCount;

        synchronized Admission admit(RateLimitSettings limits, long now) {
            long windowStart = now - limits.interval().toMillis();
            while (size > 0 && times[head] <= windowStart) {
                head = (head + 1) % times.length;
                size--;
            }
            long today = Math.floorDiv(now, DAY_MILLIS);
            if (today != day) {
                day = today;
                dailyCount = 0;
            }
            if (dailyCount >= limits.daily()) {
                long untilMidnightUtc = (today + 1) * DAY_MILLIS - now;
                return new Admission(false, limits, limits.burst() - size, 0, ceilSeconds(untilMidnightUtc));
            }
            if (size >= limits.burst()) {
                long wait = times[head] + limits.interval().toMillis() - now;
                return new Admission(false, limits, 0, limits.daily() - dailyCount, ceilSeconds(wait));
            }
            append(now);
            dailyCount++;
            return new Admission(true, limits, limits.burst() - size, limits.daily() - dailyCount, 0);
        }

        private void append(long time) {
            if (size == times.length) {
                long[] grown = new long[times.length * 2];
                for (int i = 0; i < size; i++) {
                    grown[i] = times[(head + i) % times.length];
                }
                times = grown;
                head = 0;
            }
            times[(head + size) % times.length] = time;
            size++;
        }

        private static long ceilSeconds(long millis) {
            return Math.max(1, (millis + 999) / 1000);
        }
    }
}
