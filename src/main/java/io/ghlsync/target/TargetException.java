package io.ghlsync.target;

/**
 * Every failure of a call to a target app (PushPress, Push, the generic app). Routes match the
 * subclasses in {@code onException}: a {@link TargetUnavailableException} is worth a later retry,
 * a {@link TargetRejectedException} or {@link TargetValidationException} is not (the same request
 * would be refused again) and goes to the dead-letter store with its message.
 */
public abstract class TargetException extends RuntimeException {

    private final String target;
    private final String operation;

    protected TargetException(String target, String operation, String message, Throwable cause) {
        super(target + " " + operation + ": " + message, cause);
        this.target = target;
        this.operation = operation;
    }

    /** The target's name, as in the metric tag: {@code pushpress}, {@code push}, {@code app}. */
    public String target() {
        return target;
    }

    /** The client operation that failed, e.g. {@code createLead}. */
    public String operation() {
        return operation;
    }
}
