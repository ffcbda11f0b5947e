package io.ghlsync.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlProperties;

/**
 * HighLevel's {@code POST /oauth/token} (oauth.json {@code get-access-token}): a form-urlencoded body
 * with {@code client_id}, {@code client_secret}, {@code grant_type} and, per grant, {@code code} or
 * {@code refresh_token}; always {@code user_type=Location} (the app acts per sub-account). Not retried
 * here: a code and a refresh token are single-use, so a second try after an unclear failure could
 * only be refused.
 */
@Component
@ConditionalOnSync
class OAuthTokenEndpoint {

    private final HttpClient http;
    private final OAuthApp app;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final Clock clock;

    OAuthTokenEndpoint(HttpClient ghlHttpClient, OAuthApp app, ObjectMapper mapper, GhlProperties properties) {
        this.http = ghlHttpClient;
        this.app = app;
        this.mapper = mapper;
        this.timeout = properties.readTimeout();
        this.clock = Clock.systemUTC();
    }

    OAuthGrant exchangeCode(String code) {
        Map<String, String> form = form("authorization_code");
        form.put("code", code);
        form.put("redirect_uri", app.redirectUri());
        return post(form);
    }

    OAuthGrant refresh(String refreshToken) {
        Map<String, String> form = form("refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form);
    }

    private Map<String, String> form(String grantType) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        form.put("grant_type", grantType);
        form.put("user_type", "Location");
        return form;
    }

    private OAuthGrant post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.tokenUrl()))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TokenEndpointException(false, "HighLevel's token endpoint did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenEndpointException(false, "interrupted while waiting for HighLevel's token endpoint");
        }
        int status = response.statusCode();
        if (status >= 400 && status < 500) {
            throw new TokenEndpointException(true, "HighLevel's token endpoint refused the grant (" + status + " " + reason(response.body()) + ")");
        }
        if (status != 200) {
            throw new TokenEndpointException(false, "HighLevel's token endpoint answered " + status);
        }
        return grant(response.body());
    }

    private OAuthGrant grant(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            String accessToken = json.path("access_token").asText("");
            long expiresIn = json.path("expires_in").asLong(0);
            if (accessToken.isBlank() || expiresIn <= 0) {
                throw new TokenEndpointException(false, "HighLevel's token answer has no access_token or expires_in");
            }
            Instant now = clock.instant();
            Set<String> scopes = Arrays.stream(json.path("scope").asText("").split("\\s+"))
                    .filter(s -> !s.isBlank()).collect(Collectors.toSet());
            return new OAuthGrant(text(json, "locationId"), text(json, "companyId"), text(json, "userId"),
                    text(json, "userType"), accessToken, text(json, "refresh_token"), now, now.plusSeconds(expiresIn), scopes);
        } catch (IOException e) {
            throw new TokenEndpointException(false, "HighLevel's token answer is not JSON");
        }
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    /** The reason an OAuth error answer gives ({@code error_description}, {@code error} or {@code message}); never a token. */
    private String reason(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            for (String field : new String[] {"error_description", "message", "error"}) {
                if (json.hasNonNull(field)) {
                    return json.get(field).isArray() ? json.get(field).toString() : json.get(field).asText();
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // no reason given
        }
        return "no reason given";
    }

    /**
     * The token endpoint did not grant. {@code rejected}: it refused the code or refresh token (4xx),
     * so asking again cannot help; otherwise it was unreachable or failed (5xx, timeout).
     */
    static final class TokenEndpointException extends RuntimeException {
        private final boolean rejected;

        TokenEndpointException(boolean rejected, String message) {
            super(message);
            this.rejected = rejected;
        }

        boolean rejected() {
            return rejected;
        }
    }
}
