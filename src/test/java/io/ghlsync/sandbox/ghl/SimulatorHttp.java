package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the simulator in tests: real loopback HTTP, the sandbox token and the
 * {@code Version} header by default, JSON bodies given as text.
 */
final class SimulatorHttp {

    /** An answer: status, headers, raw body and (when it is JSON) the parsed body. */
    record Reply(int status, HttpHeaders headers, String raw, JsonNode json) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final List<String> headers;

    private SimulatorHttp(String baseUrl, List<String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** Calls {@code http://127.0.0.1:<port>/sandbox/ghl} with the sandbox token and Version 2021-07-28. */
    static SimulatorHttp forPort(int port) {
        return new SimulatorHttp("http://127.0.0.1:" + port + "/sandbox/ghl",
                List.of("Authorization", "Bearer sandbox-token", "Version", "2021-07-28"));
    }

    /** Plain calls (no default headers) below {@code baseUrl}, e.g. {@code http://127.0.0.1:8080/sandbox}. */
    static SimulatorHttp at(String baseUrl) {
        return new SimulatorHttp(baseUrl, List.of());
    }

    /** The same simulator with these headers instead of the defaults (pairs of name, value). */
    SimulatorHttp withHeaders(String... pairs) {
        return new SimulatorHttp(baseUrl, List.of(pairs));
    }

    SimulatorHttp withToken(String token) {
        return withHeaders("Authorization", "Bearer " + token, "Version", "2021-07-28");
    }

    String baseUrl() {
        return baseUrl;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply delete(String path, String json) {
        return send("DELETE", path, json, "application/json");
    }

    Reply postForm(String path, String form) {
        return send("POST", path, form, "application/x-www-form-urlencoded");
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        List<String> all = new ArrayList<>(headers);
        if (contentType != null) {
            all.addAll(List.of("Content-Type", contentType));
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON text from a template with single quotes, to keep test bodies readable. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
