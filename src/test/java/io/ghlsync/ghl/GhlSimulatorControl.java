package io.ghlsync.ghl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HighLevel simulator's control API ({@code /sandbox/ghl/_sim/...}) over loopback HTTP, for
 * tests that count what the simulator received: its request log is the witness of what the client
 * sent, when, and in what order.
 */
public final class GhlSimulatorControl {

    /** One entry of {@code GET /_sim/requests}: {@code receivedAt} is the simulator's clock in epoch ms. */
    public record Request(long sequence, long receivedAt, String method, String path, String operation,
                          String locationId, int status, long durationMillis, String fault) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    public GhlSimulatorControl(int port) {
        this.base = "http://127.0.0.1:" + port + "/sandbox/ghl/_sim";
    }

    /** The sequence number of the newest logged request: pass it to {@link #requestsSince}. */
    public long mark() {
        return send("GET", "", null).get("lastRequestSequence").asLong();
    }

    public List<Request> requestsSince(long mark) {
        List<Request> requests = new ArrayList<>();
        send("GET", "/requests?since=" + mark, null).get("requests")
                .forEach(entry -> requests.add(JSON.convertValue(entry, Request.class)));
        return requests;
    }

    /** Requests since {@code mark} of one operation (e.g. {@code getContact}, {@code oauthToken}). */
    public List<Request> requestsSince(long mark, String operation) {
        return requestsSince(mark).stream().filter(r -> operation.equals(r.operation())).toList();
    }

    /** Ids of every contact the simulator holds for {@code locationId}, in its own listing. */
    public List<String> contactIds(String locationId) {
        List<String> ids = new ArrayList<>();
        send("GET", "/locations/" + locationId + "/contacts", null).get("contacts").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    /** {@code POST /_sim/faults} with a FaultSpec as JSON, e.g. {@code {"kind":"RATE_LIMIT","count":2}}. */
    public void injectFault(String faultJson) {
        send("POST", "/faults", faultJson);
    }

    public void clearFaults() {
        send("DELETE", "/faults", null);
    }

    /** {@code PUT /_sim/rate-limits}, e.g. {@code {"burst":20,"intervalMillis":1000}}; budgets start again. */
    public void rateLimits(String json) {
        send("PUT", "/rate-limits", json);
    }

    public void accessTokenLifetimeSeconds(long seconds) {
        send("PUT", "/oauth", "{\"accessTokenLifetimeSeconds\":" + seconds + "}");
    }

    public void expireAccessTokens() {
        send("POST", "/oauth/expire-access-tokens", null);
    }

    /** Forgets every issued code, access token and refresh token (as if the app were uninstalled). */
    public void revokeTokens() {
        send("POST", "/oauth/revoke", null);
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
