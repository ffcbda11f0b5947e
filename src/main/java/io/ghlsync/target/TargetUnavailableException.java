package io.ghlsync.target;

/**
 * Every attempt failed with a 5xx, a timeout or a broken connection (or, in the subclass
 * {@link TargetRateLimitedException}, a 429). The request may succeed later: routes send it to the
 * dead-letter store, from where it can be replayed.
 */
public class TargetUnavailableException extends TargetException {

    private final int attempts;
    private final String lastOutcome;

    public TargetUnavailableException(String target, String operation, int attempts, String lastOutcome,
            Throwable cause) {
        this(target, operation, attempts, lastOutcome, "gave up after " + attempts + " attempt(s), last: "
                + lastOutcome, cause);
    }

    protected TargetUnavailableException(String target, String operation, int attempts, String lastOutcome,
            String explanation, Throwable cause) {
        super(target, operation, explanation, cause);
        this.attempts = attempts;
        this.lastOutcome = lastOutcome;
    }

    /** How many requests were sent, the first one included. */
    public int attempts() {
        return attempts;
    }

    /** The last attempt's outcome: {@code HTTP 503: …}, {@code timeout}, {@code io-error: …}. */
    public String lastOutcome() {
        return lastOutcome;
    }
}
