package io.ghlsync.ghl;

/** HighLevel answered a success status with a body that is not the JSON it should be (malformed or cut short). */
public class MalformedResponseException extends GhlException {

    private final int attempts;

    public MalformedResponseException(String operation, String locationId, int status, String problem, int attempts) {
        super("HighLevel answered " + status + " to " + operation + " for location " + locationId
                + " with a malformed body (" + problem + ")" + (attempts > 1 ? " on all " + attempts + " attempts" : ""),
                operation, locationId, null);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
