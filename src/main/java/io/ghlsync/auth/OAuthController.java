package io.ghlsync.auth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.ghlsync.ConditionalOnSync;

/**
 * Connecting a location through HighLevel's OAuth 2.0 marketplace flow (docs/api-research.md §1.6).
 * {@code GET /oauth/ghl/start} sends the browser to HighLevel's location chooser with a fresh
 * single-use {@code state}; HighLevel sends it back to {@code GET /oauth/ghl/callback} with a code,
 * which is exchanged for the location's tokens and stored encrypted. Both paths are public (the
 * browser of whoever installs the app calls them); {@code state} is what makes the callback safe.
 */
@RestController
@ConditionalOnSync
class OAuthController {

    private static final Logger log = LoggerFactory.getLogger(OAuthController.class);

    private final OAuthApp app;
    private final OAuthStateStore states;
    private final OAuthTokenEndpoint endpoint;
    private final OAuthTokenStore store;
    private final OAuthTokens tokens;

    OAuthController(OAuthApp app, OAuthStateStore states, OAuthTokenEndpoint endpoint, OAuthTokenStore store, OAuthTokens tokens) {
        this.app = app;
        this.states = states;
        this.endpoint = endpoint;
        this.store = store;
        this.tokens = tokens;
    }

    @GetMapping("/oauth/ghl/start")
    ResponseEntity<Object> start() {
        if (!app.enabled()) {
            return problem(HttpStatus.NOT_FOUND, "OAuth is not configured: set ghlsync.ghl.oauth.client-id");
        }
        URI authorize = UriComponentsBuilder.fromUriString(app.authorizeUrl())
                .queryParam("response_type", "code")
                .queryParam("client_id", app.clientId())
                .queryParam("redirect_uri", app.redirectUri())
                .queryParam("scope", String.join(" ", app.scopes()))
                .queryParam("state", states.issue())
                .encode()
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(authorize).build();
    }

    @GetMapping("/oauth/ghl/callback")
    ResponseEntity<Object> callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
            @RequestParam(required = false) String error) {
        if (!app.enabled()) {
            return problem(HttpStatus.NOT_FOUND, "OAuth is not configured: set ghlsync.ghl.oauth.client-id");
        }
        if (state == null || state.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "the callback has no 'state': start again at /oauth/ghl/start");
        }
        if (state.indexOf('\0') >= 0) {
            // Never one we issued, and PostgreSQL cannot even compare it.
            return problem(HttpStatus.BAD_REQUEST, "unknown 'state' (it contains a NUL character): start again at /oauth/ghl/start");
        }
        switch (states.consume(state)) {
            case UNKNOWN -> {
                return problem(HttpStatus.BAD_REQUEST, "unknown 'state': this callback was not started here; start again at /oauth/ghl/start");
            }
            case EXPIRED -> {
                return problem(HttpStatus.BAD_REQUEST, "the 'state' has expired (ghlsync.auth.state-ttl): start again at /oauth/ghl/start");
            }
            case ALREADY_USED -> {
                return problem(HttpStatus.BAD_REQUEST, "the 'state' was already used: start again at /oauth/ghl/start");
            }
            case VALID -> {
                // go on
            }
        }
        if (error != null && !error.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "HighLevel did not authorise the app: " + error);
        }
        if (code == null || code.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "the callback has no 'code': start again at /oauth/ghl/start");
        }
        return exchange(code);
    }

    private ResponseEntity<Object> exchange(String code) {
        OAuthGrant grant;
        try {
            grant = endpoint.exchangeCode(code);
        } catch (OAuthTokenEndpoint.TokenEndpointException e) {
            return problem(e.rejected() ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY, e.getMessage());
        }
        if (grant.locationId() == null || grant.locationId().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "HighLevel's grant names no location (userType " + grant.userType()
                    + "): install the app on a sub-account (location)");
        }
        store.save(grant);
        store.find(grant.locationId()).ifPresent(tokens::remember);
        log.info("Location {} connected through OAuth (company {}, scopes {})", grant.locationId(), grant.companyId(), grant.scopes());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "connected");
        answer.put("locationId", grant.locationId());
        answer.put("companyId", grant.companyId());
        answer.put("userId", grant.userId());
        answer.put("scopes", new TreeSet<>(grant.scopes()));
        answer.put("expiresAt", grant.expiresAt().toString());
        return ResponseEntity.ok(answer);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
