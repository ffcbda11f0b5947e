package io.ghlsync.sandbox.ghl;

import java.time.Duration;

/**
 * HighLevel's request budget per app (token owner) and location (docs/api-research.md §1.7):
 * {@code burst} requests in any sliding {@code interval}, and {@code daily} requests per UTC day.
 */
public record RateLimitSettings(int burst, Duration interval, long daily) {

    /** HighLevel's real limits: 100 per 10 seconds, 200,000 per day. */
    public static final RateLimitSettings HIGHLEVEL = new RateLimitSettings(100, Duration.ofSeconds(10), 200_000);

    public RateLimitSettings {
        if (burst < 1 || interval == null || interval.toMillis() < 1 || daily < 1) {
            throw new IllegalArgumentException("burst and daily must be at least 1 and interval at least 1 ms, got "
                    + burst + ", " + interval + ", " + daily);
        }
    }
}
