package io.ghlsync.sandbox.ghl;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SandboxProperties;

/**
 * The simulated marketplace app's OAuth 2.0 server (oauth.json, docs/api-research.md §1.6):
 * authorization codes that are short-lived and single-use, access tokens bound to one location with
 * the scopes granted, and refresh tokens that are single-use (each refresh returns a new one;
 * a used refresh token is refused). Token values are random and never logged.
 */
@Component
@ConditionalOnSimulators
class OAuthServer {

    static final String COMPANY_ID = "sandbox-company";
    static final String USER_ID = "sandbox-user";

    /** What a code, an access token or a refresh token stands for. */
    record Grant(String clientId, String locationId, Set<String> scopes, String redirectUri, Instant expiresAt) {

        boolean expired(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }
    }

    /** A freshly issued token pair. */
    record Tokens(String accessToken, String refreshToken, Grant grant, long expiresInSeconds) {

        @Override
        public String toString() {
            return "Tokens[accessToken=***, refreshToken=***, grant=" + grant + "]";
        }
    }

    /** The lifetimes in force; changeable at run time. */
    record Lifetimes(Duration accessToken, Duration code) {
    }

    private final SecureRandom random = new SecureRandom();
    private final GhlSimulatorProperties.OAuth client;
    private final String locationId;
    private final AtomicReference<Lifetimes> lifetimes;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    OAuthServer(GhlSimulatorProperties properties, SandboxProperties sandbox) {
        this.client = properties.oauth();
        this.locationId = sandbox.locationId();
        this.lifetimes = new AtomicReference<>(new Lifetimes(client.accessTokenLifetime(), client.codeLifetime()));
    }

    boolean knowsClient(String clientId) {
        return client.clientId().equals(clientId);
    }

    /** Constant-time, so that the secret cannot be guessed from timing. */
    boolean authenticates(String clientId, String clientSecret) {
        return knowsClient(clientId) && clientSecret != null && MessageDigest.isEqual(
                client.clientSecret().getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    /** The consent page's outcome: a code for the sandbox location with the requested scopes. */
    String issueCode(String clientId, String redirectUri, Set<String> scopes) {
        String code = token();
        codes.put(code, new Grant(clientId, locationId, Set.copyOf(scopes), redirectUri,
                Instant.now().plus(lifetimes.get().code())));
        return code;
    }

    /** Single use: the code is gone once looked at, whatever the outcome. */
    Optional<Grant> redeemCode(String code) {
        return Optional.ofNullable(code).map(codes::remove).filter(grant -> !grant.expired(Instant.now()));
    }

    /** Single use: a refresh token works once. */
    Optional<Grant> redeemRefreshToken(String refreshToken) {
        return Optional.ofNullable(refreshToken).map(refreshTokens::remove);
    }

    Tokens issueTokens(Grant grant) {
        Instant now = Instant.now();
        accessTokens.values().removeIf(expired -> expired.expired(now));
        Duration lifetime = lifetimes.get().accessToken();
        Grant access = new Grant(grant.clientId(), grant.locationId(), grant.scopes(), null, now.plus(lifetime));
        String accessToken = token();
        String refreshToken = token();
        accessTokens.put(accessToken, access);
        refreshTokens.put(refreshToken, new Grant(grant.clientId(), grant.locationId(), grant.scopes(), null, null));
        return new Tokens(accessToken, refreshToken, access, lifetime.toSeconds());
    }

    /** The grant of an access token, expired or not; empty when the token was never issued. */
    Optional<Grant> accessToken(String token) {
        return Optional.ofNullable(token).map(accessTokens::get);
    }

    Lifetimes lifetimes() {
        return lifetimes.get();
    }

    void lifetimes(Lifetimes value) {
        lifetimes.set(value);
    }

    /** Makes every issued access token expired now (tests of refresh-on-401). */
    void expireAccessTokens() {
        Instant now = Instant.now();
        accessTokens.replaceAll((token, grant) -> new Grant(grant.clientId(), grant.locationId(), grant.scopes(),
                grant.redirectUri(), now));
    }

    /** Forgets every code and token, as if the app had been uninstalled. */
    void revokeAll() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
