package io.ghlsync.target;

/** The target kept answering 429, or asked (Retry-After) for a longer wait than the client may block. */
public class TargetRateLimitedException extends TargetUnavailableException {

    public TargetRateLimitedException(String target, String operation, int attempts, String explanation) {
        super(target, operation, attempts, "HTTP 429", explanation, null);
    }
}
