package io.ghlsync.sandbox.ghl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SandboxProperties;

/**
 * Checks {@code Authorization: Bearer …}: the sandbox token (a private-integration token valid for
 * every location with every scope), or an unexpired access token issued by the simulated OAuth
 * server. Answers 401 in HighLevel's {@code UnauthorizedDTO} shape otherwise.
 */
@Component
@ConditionalOnSimulators
class Authenticator {

    private static final String BEARER = "Bearer ";

    private final byte[] sandboxToken;
    private final OAuthServer oauth;

    Authenticator(SandboxProperties sandbox, OAuthServer oauth) {
        this.sandboxToken = sandbox.token().getBytes(StandardCharsets.UTF_8);
        this.oauth = oauth;
    }

    Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw GhlError.unauthorized("Invalid token: access token is invalid");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (MessageDigest.isEqual(sandboxToken, token.getBytes(StandardCharsets.UTF_8))) {
            return new Caller("private-integration", null, null);
        }
        OAuthServer.Grant grant = oauth.accessToken(token)
                .orElseThrow(() -> GhlError.unauthorized("Invalid token: access token is invalid"));
        if (grant.expired(Instant.now())) {
            throw GhlError.unauthorized("Invalid token: access token has expired");
        }
        return new Caller("app:" + grant.clientId(), grant.locationId(), grant.scopes());
    }
}
