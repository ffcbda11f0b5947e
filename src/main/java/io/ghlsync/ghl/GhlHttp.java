package io.ghlsync.ghl;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import io.ghlsync.ConditionalOnSync;

/**
 * Sends one request to HighLevel and returns its answer; retries, pacing and token handling are
 * {@link GhlClient}'s. Built on the JDK {@link HttpClient} rather than the Apache client camel-http
 * brings: it sends a DELETE with a JSON body (remove-tags, remove-followers) without workarounds,
 * needs no connection-pool tuning at HighLevel's 10 requests per second, and its asynchronous send
 * lets us put a deadline on the whole answer, body included, not only on the headers.
 */
@Component
@ConditionalOnSync
class GhlHttp {

    private final HttpClient http;
    private final GhlConnection connection;

    GhlHttp(HttpClient ghlHttpClient, GhlConnection connection) {
        this.http = ghlHttpClient;
        this.connection = connection;
    }

    GhlAnswer send(GhlCall call, AccessToken token) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body().toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
                .method(call.operation().method().name(), body)
                .header("Authorization", "Bearer " + token.value())
                .header("Version", connection.properties().version())
                .header("Accept", "application/json");
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return await(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private GhlAnswer await(CompletableFuture<HttpResponse<String>> pending) throws IOException, InterruptedException {
        long timeout = connection.properties().readTimeout().toMillis();
        try {
            HttpResponse<String> response = pending.get(timeout, TimeUnit.MILLISECONDS);
            return new GhlAnswer(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private URI uri(GhlCall call) {
        String path = call.operation().path();
        for (Map.Entry<String, String> parameter : call.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", UriUtils.encodePathSegment(parameter.getValue(), StandardCharsets.UTF_8));
        }
        // Query values are form-encoded: a phone number's '+' must arrive as %2B (contacts.json,
        // get-duplicate-contact: "number ... URL-encoded"), which RFC 3986 query encoding leaves alone.
        String query = call.query().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(connection.baseUrl() + path + (query.isEmpty() ? "" : "?" + query));
    }
}
