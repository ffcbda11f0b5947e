package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

/** The request body could not be turned into JSON (e.g. a string that is not JSON); nothing was sent. */
public class InvalidRequestBodyException extends GhlException implements PermanentFailure {

    public InvalidRequestBodyException(String operation, String locationId, String problem) {
        super(operation + " got a request body that is not JSON (" + problem + "); nothing was sent",
                operation, locationId, null);
    }
}
