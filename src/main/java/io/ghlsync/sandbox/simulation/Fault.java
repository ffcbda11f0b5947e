package io.ghlsync.sandbox.simulation;

import java.util.Set;

/**
 * One injected failure, served instead of the real answer.
 *
 * @param kind              {@code rate-limit} (429 + Retry-After), {@code server-error} (a 5xx) or
 *                          {@code timeout} (the request is held for {@code holdMillis}, then 504)
 * @param status            the status answered
 * @param retryAfterSeconds the Retry-After of a 429 (0 sends {@code Retry-After: 0})
 * @param holdMillis        how long a timeout holds the request
 */
public record Fault(String kind, int status, int retryAfterSeconds, long holdMillis) {

    public static final String RATE_LIMIT = "rate-limit";
    public static final String SERVER_ERROR = "server-error";
    public static final String TIMEOUT = "timeout";
    private static final Set<String> KINDS = Set.of(RATE_LIMIT, SERVER_ERROR, TIMEOUT);

    public static Fault rateLimit(int retryAfterSeconds) {
        return new Fault(RATE_LIMIT, 429, retryAfterSeconds, 0);
    }

    public static Fault serverError(int status) {
        return new Fault(SERVER_ERROR, status, 0, 0);
    }

    public static Fault timeout(long holdMillis) {
        return new Fault(TIMEOUT, 504, 0, holdMillis);
    }

    /** A fault from the control API's JSON; every problem is a 400 naming the field. */
    static Fault of(String kind, Integer status, Integer retryAfterSeconds, Long holdMillis) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new SimulatorRejection(400, "kind must be one of " + KINDS);
        }
        return switch (kind) {
            case RATE_LIMIT -> {
                int seconds = retryAfterSeconds == null ? 1 : retryAfterSeconds;
                if (seconds < 0 || seconds > 3600) {
                    throw new SimulatorRejection(400, "retryAfterSeconds must be between 0 and 3600");
                }
                yield rateLimit(seconds);
            }
            case SERVER_ERROR -> {
                int code = status == null ? 500 : status;
                if (code < 500 || code > 599) {
                    throw new SimulatorRejection(400, "status must be a 5xx");
                }
                yield serverError(code);
            }
            default -> {
                long hold = holdMillis == null ? 30_000 : holdMillis;
                if (hold < 1 || hold > 600_000) {
                    throw new SimulatorRejection(400, "holdMillis must be between 1 and 600000");
                }
                yield timeout(hold);
            }
        };
    }
}
