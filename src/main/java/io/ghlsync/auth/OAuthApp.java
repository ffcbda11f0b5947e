package io.ghlsync.auth;

import java.util.List;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlConnection;
import io.ghlsync.ghl.GhlProperties;

/**
 * The OAuth 2.0 marketplace app in force: the configured one ({@code ghlsync.ghl.oauth.*}) in live
 * mode, the simulator's sandbox app ({@code sandbox-client-id}, authorize and token URLs under
 * {@code /sandbox/ghl/oauth/}) in sandbox mode. Live mode with a client id refuses to start without
 * its secret and redirect URI.
 */
@Component
@ConditionalOnSync
class OAuthApp {

    static final String SANDBOX_CLIENT_ID = "sandbox-client-id";
    static final String SANDBOX_CLIENT_SECRET = "sandbox-client-secret";
    static final String CALLBACK_PATH = "/oauth/ghl/callback";

    private final GhlProperties.OAuth configured;
    private final GhlConnection connection;

    OAuthApp(GhlProperties properties, GhlConnection connection) {
        this.configured = properties.oauth();
        this.connection = connection;
        if (!connection.sandboxMode() && !configured.clientId().isBlank()) {
            if (configured.clientSecret().isBlank()) {
                throw new IllegalStateException("ghlsync.ghl.oauth.client-id is set but its secret is not: set the "
                        + "environment variable GHLSYNC_GHL_OAUTH_CLIENT_SECRET");
            }
            if (configured.redirectUri().isBlank()) {
                throw new IllegalStateException("ghlsync.ghl.oauth.client-id is set but ghlsync.ghl.oauth.redirect-uri "
                        + "is not: set it to this app's public URL + " + CALLBACK_PATH);
            }
        }
    }

    /** Whether {@code /oauth/ghl/start} can work: always in sandbox mode, with a client id in live mode. */
    boolean enabled() {
        return connection.sandboxMode() || !configured.clientId().isBlank();
    }

    String clientId() {
        return connection.sandboxMode() ? SANDBOX_CLIENT_ID : configured.clientId();
    }

    String clientSecret() {
        return connection.sandboxMode() ? SANDBOX_CLIENT_SECRET : configured.clientSecret();
    }

    String redirectUri() {
        if (!configured.redirectUri().isBlank()) {
            return configured.redirectUri();
        }
        return connection.ownBaseUrl() + CALLBACK_PATH;
    }

    /** Scopes asked for; sandbox mode asks for read and write so the sandbox can sync both ways. */
    List<String> scopes() {
        return connection.sandboxMode() ? List.of("contacts.readonly", "contacts.write") : configured.scopes();
    }

    String authorizeUrl() {
        return connection.sandboxMode() ? connection.simulatorUrl() + "/oauth/chooselocation" : configured.authorizeUrl();
    }

    String tokenUrl() {
        return connection.sandboxMode() ? connection.simulatorUrl() + "/oauth/token" : configured.tokenUrl();
    }

    @Override
    public String toString() {
        return "OAuthApp[clientId=" + clientId() + ", secret hidden]";
    }
}
