package io.ghlsync.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The budget HighLevel reports on every answer, from the headers named in docs/api-research.md
 * "Update 2026-11-24": {@code X-RateLimit-Max}, {@code X-RateLimit-Interval-Milliseconds},
 * {@code X-RateLimit-Remaining}, {@code X-RateLimit-Limit-Daily}, {@code X-RateLimit-Daily-Remaining}.
 * A missing or unparseable header is simply absent: the client then keeps its configured defaults.
 */
public record RateLimitReport(
        OptionalLong max,
        Optional<Duration> interval,
        OptionalLong remaining,
        OptionalLong dailyLimit,
        OptionalLong dailyRemaining) {

    public static final RateLimitReport NONE = new RateLimitReport(OptionalLong.empty(), Optional.empty(),
            OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

    /** Reads the headers through {@code header} (name → first value, case-insensitive lookup is the caller's). */
    public static RateLimitReport parse(Function<String, Optional<String>> header) {
        OptionalLong intervalMillis = number(header, "X-RateLimit-Interval-Milliseconds");
        return new RateLimitReport(
                number(header, "X-RateLimit-Max"),
                intervalMillis.isPresent() && intervalMillis.getAsLong() > 0
                        ? Optional.of(Duration.ofMillis(intervalMillis.getAsLong())) : Optional.empty(),
                number(header, "X-RateLimit-Remaining"),
                number(header, "X-RateLimit-Limit-Daily"),
                number(header, "X-RateLimit-Daily-Remaining"));
    }

    /** True when HighLevel said the day's budget is spent: retrying cannot succeed today. */
    public boolean dailyBudgetSpent() {
        return dailyRemaining.isPresent() && dailyRemaining.getAsLong() <= 0;
    }

    private static OptionalLong number(Function<String, Optional<String>> header, String name) {
        return header.apply(name)
                .map(String::trim)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(value -> OptionalLong.of(Long.parseLong(value)))
                .orElse(OptionalLong.empty());
    }
}
