package io.ghlsync.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * A webhook refused before anything was stored. Carries the HTTP status, the metric reason and a message
 * that names the problem; the intake routes' error handler turns it into the JSON answer.
 */
public class WebhookRejectedException extends RuntimeException {

    private final int status;
    private final String reason;
    private final Duration retryAfter;

    WebhookRejectedException(int status, String reason, String message, Duration retryAfter) {
        super(message, null, false, false); // an expected outcome: no stack trace to fill
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    static WebhookRejectedException unsupportedMediaType(String message) {
        return new WebhookRejectedException(415, "content-type", message, null);
    }

    static WebhookRejectedException tooLarge(String message) {
        return new WebhookRejectedException(413, "too-large", message, null);
    }

    static WebhookRejectedException malformed(String message) {
        return new WebhookRejectedException(400, "malformed", message, null);
    }

    static WebhookRejectedException invalidField(String message) {
        return new WebhookRejectedException(422, "invalid-field", message, null);
    }

    static WebhookRejectedException unknownType(String message) {
        return new WebhookRejectedException(422, "unknown-type", message, null);
    }

    static WebhookRejectedException badSignature(String message) {
        return new WebhookRejectedException(401, "signature", message, null);
    }

    static WebhookRejectedException stale(String message) {
        return new WebhookRejectedException(401, "stale", message, null);
    }

    static WebhookRejectedException overloaded(String message, Duration retryAfter) {
        return new WebhookRejectedException(429, "backlog", message, retryAfter);
    }

    public int status() {
        return status;
    }

    /** Short, fixed reason used as the {@code reason} tag of {@code ghlsync.events.rejected}. */
    public String reason() {
        return reason;
    }

    /** The wait a 429 asks the sender for. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
