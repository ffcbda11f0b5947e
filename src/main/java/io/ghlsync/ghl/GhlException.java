package io.ghlsync.ghl;

/**
 * Root of every error the HighLevel client raises, so a route can {@code onException} all of them
 * at once or one kind at a time. Messages name the operation and location and never hold a token.
 */
public abstract class GhlException extends RuntimeException {

    private final String operation;
    private final String locationId;

    protected GhlException(String message, String operation, String locationId, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.locationId = locationId;
    }

    /** The catalog name of the operation, e.g. {@code getContact}; null when none was resolved. */
    public String operation() {
        return operation;
    }

    /** The location whose token and budget were used; null when none was selected yet. */
    public String locationId() {
        return locationId;
    }
}
