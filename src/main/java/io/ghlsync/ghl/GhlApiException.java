package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

import java.util.List;

/**
 * HighLevel answered with an error status that retrying did not (or cannot) cure. {@link #messages()}
 * keeps every message of the answer: a 422's {@code message} is an array of strings
 * (common-schemas.json {@code UnprocessableDTO}), other errors carry one string.
 */
public class GhlApiException extends GhlException implements PermanentFailure {

    private final int status;
    private final List<String> messages;
    private final int attempts;

    public GhlApiException(String operation, String locationId, int status, List<String> messages, int attempts) {
        super("HighLevel answered " + status + " to " + operation + " for location " + locationId
                + (messages.isEmpty() ? "" : ": " + String.join("; ", messages))
                + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), operation, locationId, null);
        this.status = status;
        this.messages = List.copyOf(messages);
        this.attempts = attempts;
    }

    public int status() {
        return status;
    }

    public List<String> messages() {
        return messages;
    }

    public int attempts() {
        return attempts;
    }

    /** A 4xx is HighLevel refusing the request itself; retrying cures only 408 and 429 (and 5xx, already retried). */
    @Override
    public boolean permanent() {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}
