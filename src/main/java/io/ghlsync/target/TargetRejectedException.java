package io.ghlsync.target;

import io.ghlsync.PermanentFailure;

/**
 * The target answered a 4xx other than 429: the request itself is wrong (or refers to something
 * that does not exist), so sending it again cannot help. Carries the status and the server's own
 * message so the dead letter says what the target objected to.
 */
public class TargetRejectedException extends TargetException implements PermanentFailure {

    private final int status;
    private final String serverMessage;

    public TargetRejectedException(String target, String operation, int status, String serverMessage) {
        this(target, operation, status, serverMessage, "HTTP " + status + ": " + serverMessage);
    }

    protected TargetRejectedException(String target, String operation, int status, String serverMessage,
            String explanation) {
        super(target, operation, explanation, null);
        this.status = status;
        this.serverMessage = serverMessage;
    }

    public int status() {
        return status;
    }

    /** The {@code message} of the error body, or the body itself when it has none. */
    public String serverMessage() {
        return serverMessage;
    }
}
