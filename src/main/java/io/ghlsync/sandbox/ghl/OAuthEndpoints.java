package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The two OAuth endpoints: the marketplace consent page {@code GET /oauth/chooselocation}, which
 * approves at once for the sandbox location, and {@code POST /oauth/token} (oauth.json
 * {@code get-access-token}): form-encoded client credentials, grant types {@code authorization_code}
 * and {@code refresh_token}, answer {@code GetAccessCodeSuccessfulResponseDto}.
 */
@Component
@ConditionalOnSimulators
class OAuthEndpoints {

    private static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials");

    private final OAuthServer server;

    OAuthEndpoints(OAuthServer server) {
        this.server = server;
    }

    /** As if the user chose the sandbox location and approved: 302 back to the app with a code. */
    ApiAnswer chooseLocation(ApiRequest request) {
        String clientId = request.query("client_id").orElse(null);
        String redirectUri = request.query("redirect_uri").orElse(null);
        Set<String> scopes = scopes(request.query("scope").orElse(""));
        if (!"code".equals(request.query("response_type").orElse(null))) {
            throw GhlError.badRequest("response_type must be 'code'");
        }
        if (!server.knowsClient(clientId)) {
            throw GhlError.badRequest("Invalid client_id: no marketplace app has the id '" + clientId + "'");
        }
        if (redirectUri == null || !redirectUri.matches("(?i)https?://.+")) {
            throw GhlError.badRequest("redirect_uri is required and must be an absolute http(s) URL");
        }
        if (scopes.isEmpty()) {
            throw GhlError.badRequest("scope is required: the space-separated scopes the app asks for");
        }
        String code = server.issueCode(clientId, redirectUri, scopes);
        return ApiAnswer.redirect(UriComponentsBuilder.fromUriString(redirectUri)
                .queryParam("code", code)
                .queryParamIfPresent("state", request.query("state"))
                .encode().build().toUriString());
    }

    ApiAnswer token(ApiRequest request) {
        String contentType = request.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw GhlError.oauth(400, "invalid_request", "Invalid request: content must be "
                    + "application/x-www-form-urlencoded, not " + (contentType == null ? "empty" : contentType));
        }
        List<String> problems = new ArrayList<>();
        for (String field : List.of("client_id", "client_secret", "grant_type")) {
            if (request.form(field).isEmpty()) {
                problems.add(field + " should not be empty");
            }
        }
        request.form("grant_type").filter(type -> !GRANT_TYPES.contains(type)).ifPresent(type -> problems.add(
                "grant_type must be one of the following values: authorization_code, refresh_token, client_credentials"));
        request.form("user_type").filter(type -> !type.equals("Location") && !type.equals("Company"))
                .ifPresent(type -> problems.add("user_type must be one of the following values: Company, Location"));
        if (!problems.isEmpty()) {
            throw GhlError.unprocessable(problems);
        }
        String clientId = request.form("client_id").orElseThrow();
        if (!server.authenticates(clientId, request.form("client_secret").orElseThrow())) {
            throw GhlError.oauth(401, "invalid_client", "Invalid client: client credentials are invalid");
        }
        if (request.form("user_type").filter("Company"::equals).isPresent()) {
            throw GhlError.oauth(400, "invalid_request",
                    "Invalid request: the simulator issues sub-account tokens only (user_type=Location)");
        }
        OAuthServer.Grant grant = switch (request.form("grant_type").orElseThrow()) {
            case "authorization_code" -> codeGrant(request, clientId);
            case "refresh_token" -> server.redeemRefreshToken(request.form("refresh_token").orElse(null))
                    .filter(found -> found.clientId().equals(clientId))
                    .orElseThrow(() -> GhlError.oauth(400, "invalid_grant", "Invalid grant: refresh token is invalid"));
            default -> throw GhlError.oauth(400, "unsupported_grant_type",
                    "Unsupported grant type: the simulator supports authorization_code and refresh_token");
        };
        return ApiAnswer.of(200, answer(server.issueTokens(grant)));
    }

    private OAuthServer.Grant codeGrant(ApiRequest request, String clientId) {
        OAuthServer.Grant grant = server.redeemCode(request.form("code").orElse(null))
                .filter(found -> found.clientId().equals(clientId))
                .orElseThrow(() -> GhlError.oauth(400, "invalid_grant", "Invalid grant: authorization code is invalid"));
        Optional<String> redirectUri = request.form("redirect_uri");
        if (redirectUri.isPresent() && !redirectUri.get().equals(grant.redirectUri())) {
            throw GhlError.oauth(400, "invalid_grant", "Invalid grant: redirect_uri does not match the authorization request");
        }
        return grant;
    }

    /** {@code GetAccessCodeSuccessfulResponseDto}. */
    private static ObjectNode answer(OAuthServer.Tokens tokens) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("access_token", tokens.accessToken());
        json.put("token_type", "Bearer");
        json.put("expires_in", tokens.expiresInSeconds());
        json.put("refresh_token", tokens.refreshToken());
        json.put("scope", String.join(" ", new TreeSet<>(tokens.grant().scopes())));
        json.put("userType", "Location");
        json.put("locationId", tokens.grant().locationId());
        json.put("companyId", OAuthServer.COMPANY_ID);
        json.put("userId", OAuthServer.USER_ID);
        json.put("isBulkInstallation", false);
        return json;
    }

    private static Set<String> scopes(String text) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(text.trim().split("\\s+")));
        scopes.remove("");
        return scopes;
    }
}
