package io.ghlsync.ghl;

/** HighLevel could not be reached or did not answer in time, on every allowed attempt. */
public class GhlUnavailableException extends GhlException {

    private final int attempts;

    public GhlUnavailableException(String operation, String locationId, int attempts, Throwable cause) {
        super("HighLevel did not answer " + operation + " for location " + locationId + " ("
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + ") after " + attempts + " attempt" + (attempts == 1 ? "" : "s"), operation, locationId, cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
