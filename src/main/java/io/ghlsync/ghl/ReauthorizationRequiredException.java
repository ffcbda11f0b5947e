package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

/**
 * The location's OAuth grant is gone (its refresh token was rejected, or it was never authorised):
 * calls for it fail at once until someone authorises the app again at {@code /oauth/ghl/start}.
 */
public class ReauthorizationRequiredException extends GhlException implements PermanentFailure {

    public ReauthorizationRequiredException(String operation, String locationId, String reason) {
        super("Location " + locationId + " needs re-authorisation (" + reason + "): visit /oauth/ghl/start"
                + " to connect it again", operation, locationId, null);
    }
}
