package io.ghlsync.ghl;

import java.util.Set;

/**
 * A bearer token for one location and the scopes it was granted.
 *
 * @param value       the token; never logged ({@link #toString()} hides it)
 * @param scopes      granted scopes, e.g. {@code contacts.readonly}
 * @param refreshable whether a 401 can be cured by refreshing (OAuth) or not (a static token)
 */
public record AccessToken(String value, Set<String> scopes, boolean refreshable) {

    public AccessToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean grants(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public String toString() {
        return "AccessToken[***, scopes=" + scopes + ", refreshable=" + refreshable + "]";
    }
}
