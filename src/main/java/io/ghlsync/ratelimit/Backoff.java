package io.ghlsync.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retry number {@code attempt}: exponential growth from {@code initial},
 * capped at {@code max}, with "full jitter" (a random wait between half and all of the step) so that
 * many clients retrying after one outage do not come back in lock-step. A server's {@code Retry-After}
 * always wins when it asks for longer. Every outbound connector (HighLevel, PushPress, Push, the
 * generic app) waits through this one policy.
 *
 * @param initial     the first step
 * @param max         the longest step
 * @param maxAttempts attempts in all, the first one included
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max and maxAttempts >= 1");
        }
    }

    /** Whether another attempt may follow attempt number {@code attempt} (1-based). */
    public boolean allowsRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1-based), before any server hint. */
    public Duration delayAfter(int attempt) {
        long step = initial.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(step <= 0 ? max.toMillis() : step, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    /** The wait after failed attempt {@code attempt}, honouring the server's hint when it is longer. */
    public Duration delayAfter(int attempt, Optional<Duration> serverHint) {
        Duration own = delayAfter(attempt);
        return serverHint.filter(hint -> hint.compareTo(own) > 0).orElse(own);
    }

    /**
     * Parses a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
     * Anything unparseable is treated as absent.
     */
    public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration until = Duration.between(clock.instant(), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
