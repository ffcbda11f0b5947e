package io.ghlsync.sandbox.ghl;

import java.util.Set;

/**
 * Who made an API call, as the bearer token says.
 *
 * @param owner         whose rate budget the call spends: the marketplace app for OAuth tokens
 *                      (HighLevel's budget is per app per location), the integration for the sandbox token
 * @param boundLocation the only location an OAuth access token may touch; null for the sandbox
 *                      token, which is valid for every location
 * @param scopes        granted scopes; null means all (the sandbox token)
 */
record Caller(String owner, String boundLocation, Set<String> scopes) {

    boolean hasScope(String scope) {
        return scope == null || scopes == null || scopes.contains(scope);
    }
}
