package io.ghlsync.ghl;

import java.util.Optional;

/**
 * Where the client gets a location's bearer token (implemented in {@code io.ghlsync.auth}: a static
 * private-integration token, or a stored OAuth grant that refreshes itself).
 */
public interface TokenSource {

    /**
     * A token for {@code locationId} that is not about to expire.
     *
     * @throws ReauthorizationRequiredException when the location has no usable grant
     */
    AccessToken token(String locationId);

    /**
     * HighLevel answered 401 to {@code rejected}: a different token to try once, if there is one (a
     * token someone else refreshed meanwhile, or a fresh refresh), else empty.
     *
     * @throws ReauthorizationRequiredException when the refresh token was rejected too
     */
    Optional<AccessToken> afterRejection(String locationId, AccessToken rejected);
}
