package io.ghlsync.sandbox.ghl;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an injected fault does to the requests it hits. */
public enum FaultKind {
    /** Adds {@code delayMillis} before the request is handled; combines with the other kinds. */
    LATENCY,
    /** Answers 429 "Too many requests" with {@code Retry-After: retryAfterSeconds}, without handling. */
    RATE_LIMIT,
    /** Answers {@code status} (5xx), without handling. */
    SERVER_ERROR,
    /** Holds the request for {@code delayMillis} (long enough for a client to time out), then handles it. */
    TIMEOUT,
    /** Handles the request, then sends its status with the JSON body cut in half. */
    TRUNCATED_BODY,
    /** Handles the request, then sends its status with a body that is not JSON (an HTML error page). */
    MALFORMED_BODY;

    /** Accepts {@code server_error}, {@code server-error} and {@code SERVER_ERROR} alike. */
    @JsonCreator
    public static FaultKind of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault kind '" + name + "': use one of "
                    + Arrays.toString(values()), e);
        }
    }
}
