package io.ghlsync.auth;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.AccessToken;
import io.ghlsync.ghl.GhlConnection;
import io.ghlsync.ghl.ReauthorizationRequiredException;
import io.ghlsync.ghl.TokenSource;

/**
 * Which token a location's calls carry: its OAuth grant when it was authorised through
 * {@code /oauth/ghl/start}, else the static private-integration token ({@code ghlsync.ghl.api-token},
 * granted {@code ghlsync.ghl.scopes}; in sandbox mode the simulator's {@code sandbox-token}, granted
 * read and write). A location with neither fails with a {@link ReauthorizationRequiredException}.
 */
@Component
@ConditionalOnSync
class LocationTokenSource implements TokenSource {

    private static final Set<String> SANDBOX_SCOPES = Set.of("contacts.readonly", "contacts.write");

    private final OAuthTokens oauth;
    private final OAuthApp app;
    private final Optional<AccessToken> staticToken;

    LocationTokenSource(OAuthTokens oauth, OAuthApp app, GhlConnection connection) {
        this.oauth = oauth;
        this.app = app;
        if (connection.sandboxMode()) {
            this.staticToken = Optional.of(new AccessToken(connection.sandbox().token(), SANDBOX_SCOPES, false));
        } else {
            String configured = connection.properties().apiToken();
            this.staticToken = configured.isBlank() ? Optional.empty()
                    : Optional.of(new AccessToken(configured, Set.copyOf(connection.properties().scopes()), false));
        }
    }

    @Override
    public AccessToken token(String locationId) {
        Optional<StoredGrant> grant = app.enabled() ? oauth.grant(locationId) : Optional.empty();
        if (grant.isPresent()) {
            return bearer(oauth.usable(grant.get()));
        }
        return staticToken.orElseThrow(() -> new ReauthorizationRequiredException(null, locationId,
                "it was never authorised through OAuth and no ghlsync.ghl.api-token is configured"));
    }

    @Override
    public Optional<AccessToken> afterRejection(String locationId, AccessToken rejected) {
        if (!rejected.refreshable()) {
            return Optional.empty();
        }
        return Optional.of(bearer(oauth.afterRejection(locationId, rejected.value())));
    }

    private static AccessToken bearer(StoredGrant grant) {
        return new AccessToken(grant.grant().accessToken(), grant.grant().scopes(), true);
    }
}
