package io.ghlsync.sandbox.ghl;

/**
 * How the simulator sends webhooks; changeable at run time.
 *
 * @param enabled     false records events without sending them
 * @param url         the target; null means the configured {@code ghlsync.sandbox.webhook-url}, else
 *                    this app's own {@code /webhooks/ghl}
 * @param maxAttempts attempts per webhook when the receiver answers 429 (HighLevel retries only then)
 */
public record WebhookSettings(Boolean enabled, String url, Integer maxAttempts) {

    /** This object's values where set, {@code current}'s otherwise (for partial updates). */
    WebhookSettings over(WebhookSettings current) {
        return new WebhookSettings(enabled != null ? enabled : current.enabled(),
                url != null ? (url.isBlank() ? null : url) : current.url(),
                maxAttempts != null ? maxAttempts : current.maxAttempts());
    }
}
