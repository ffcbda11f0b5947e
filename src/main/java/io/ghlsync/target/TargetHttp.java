package io.ghlsync.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import io.ghlsync.ratelimit.Backoff;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one way the target clients talk HTTP/JSON: sends a request with the target's credentials,
 * retries 429, 5xx and timeouts through {@link Backoff} (a longer {@code Retry-After} wins), counts
 * every attempt in {@code ghlsync.target.calls{target,operation,status}}, and turns every failure
 * into a {@link TargetException}. Created per target by {@link TargetHttpFactory}.
 *
 * <p>Retrying a POST after a timeout may create the record twice when the first request did reach
 * the server; the mirror's dedup (link by email/phone) is what makes that harmless.
 */
public final class TargetHttp {

    private static final Logger log = LoggerFactory.getLogger(TargetHttp.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final int MAX_MESSAGE = 500;

    private final String target;
    private final CallPolicy policy;
    private final Backoff backoff;
    private final Supplier<TargetConnection> connection;
    private final HttpClient http;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;

    TargetHttp(String target, CallPolicy policy, Supplier<TargetConnection> connection, ObjectMapper json,
            MeterRegistry meters, Clock clock) {
        this.target = target;
        this.policy = policy;
        this.backoff = policy.backoff();
        this.connection = connection;
        this.http = HttpClient.newBuilder().connectTimeout(policy.connectTimeout()).build();
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Sends {@code method pathAndQuery} (already encoded) with {@code body} as JSON (none when null)
     * and answers the parsed JSON answer ({@link NullNode} for an empty one).
     */
    public JsonNode call(String operation, String method, String pathAndQuery, Object body) {
        HttpRequest request = request(operation, method, pathAndQuery, body);
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = send(operation, request);
            if (outcome.response() != null && !outcome.retryable()) {
                return answer(operation, request, outcome.response());
            }
            if (!backoff.allowsRetryAfter(attempt)) {
                throw exhausted(operation, attempt, outcome);
            }
            Duration wait = backoff.delayAfter(attempt, outcome.retryAfter());
            if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                throw new TargetRateLimitedException(target, operation, attempt, "the server asked to wait "
                        + wait.toSeconds() + "s (Retry-After), longer than ghlsync." + target
                        + ".http.max-retry-after (" + policy.maxRetryAfter().toSeconds() + "s)");
            }
            log.warn("{} {}: attempt {} of {} failed ({}), retrying in {} ms", target, operation, attempt,
                    policy.maxAttempts(), outcome.description(), wait.toMillis());
            pause(operation, attempt, outcome, wait);
        }
    }

    /** The answer as a JSON object converted to a map (for YAML routes); fails on anything else. */
    public Map<String, Object> object(String operation, JsonNode answer) {
        if (!answer.isObject()) {
            throw new TargetMalformedResponseException(target, operation, "expected a JSON object, got "
                    + answer.getNodeType(), null);
        }
        return json.convertValue(answer, OBJECT);
    }

    /** Each element of a JSON array answer converted to a map. */
    public List<Map<String, Object>> objects(String operation, JsonNode array) {
        if (!array.isArray()) {
            throw new TargetMalformedResponseException(target, operation, "expected a JSON array, got "
                    + array.getNodeType(), null);
        }
        return json.convertValue(array, new TypeReference<List<Map<String, Object>>>() { });
    }

    private HttpRequest request(String operation, String method, String pathAndQuery, Object body) {
        TargetConnection to = connection.get();
        if (!to.missing().isEmpty()) {
            TargetConnection.Setting missing = to.missing().get(0);
            throw new TargetNotConfiguredException(target, operation, missing.property(),
                    missing.environmentVariable());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(to.baseUrl() + pathAndQuery))
                .timeout(policy.requestTimeout())
                .header("Accept", "application/json");
        to.headers().forEach(builder::header);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new TargetValidationException(target, operation, "body", "cannot be written as JSON: "
                    + e.getOriginalMessage());
        }
    }

    private Attempt send(String operation, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            count(operation, Integer.toString(response.statusCode()));
            int status = response.statusCode();
            boolean retryable = status == 429 || status == 408 || status >= 500;
            Optional<Duration> hint = Backoff.parseRetryAfter(
                    response.headers().firstValue("Retry-After").orElse(null), clock);
            return new Attempt(response, retryable, hint, "HTTP " + status + ": " + message(response.body()), null);
        } catch (HttpTimeoutException e) {
            count(operation, "timeout");
            return new Attempt(null, true, Optional.empty(), "timeout after " + policy.requestTimeout(), e);
        } catch (IOException e) {
            count(operation, "io-error");
            return new Attempt(null, true, Optional.empty(), "io-error: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException(target, operation, 1, "interrupted", e);
        }
    }

    private JsonNode answer(String operation, HttpRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(operation, response.body());
        }
        String message = message(response.body());
        if (status == 401 || status == 403) {
            throw new TargetAuthenticationException(target, operation, status, message);
        }
        if (status == 404) {
            throw new TargetNotFoundException(target, operation, status, message);
        }
        if (status == 405) {
            throw new TargetUnsupportedOperationException(target, operation, "HTTP 405: the server does not allow "
                    + request.method() + " " + request.uri().getPath() + " (" + message + ")");
        }
        throw new TargetRejectedException(target, operation, status, message);
    }

    private JsonNode parse(String operation, String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TargetMalformedResponseException(target, operation, "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The server's own words: {@code message} (a string or, like HighLevel's 422, a list), else {@code error}. */
    private String message(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode node = json.readTree(body);
            for (String field : List.of("message", "error")) {
                JsonNode value = node.path(field);
                if (value.isTextual()) {
                    return value.asText();
                }
                if (value.isArray()) {
                    return value.toString();
                }
            }
        } catch (JsonProcessingException notJson) {
            // fall through: the raw body is the best explanation there is
        }
        return body.length() > MAX_MESSAGE ? body.substring(0, MAX_MESSAGE) + "…" : body;
    }

    private TargetUnavailableException exhausted(String operation, int attempts, Attempt last) {
        if (last.response() != null && last.response().statusCode() == 429) {
            return new TargetRateLimitedException(target, operation, attempts, "still rate limited after "
                    + attempts + " attempt(s): " + last.description());
        }
        return new TargetUnavailableException(target, operation, attempts, last.description(), last.error());
    }

    private void pause(String operation, int attempt, Attempt outcome, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException(target, operation, attempt, outcome.description()
                    + " (interrupted while waiting to retry)", e);
        }
    }

    private void count(String operation, String status) {
        meters.counter("ghlsync.target.calls", "target", target, "operation", operation, "status", status).increment();
    }

    private record Attempt(HttpResponse<String> response, boolean retryable, Optional<Duration> retryAfter,
            String description, Exception error) {
    }
}
