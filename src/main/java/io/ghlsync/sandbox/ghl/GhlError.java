package io.ghlsync.sandbox.ghl;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer of the simulated API, in HighLevel's shapes (common-schemas.json and
 * docs/api-research.md §1.5): {@code {statusCode, message}} for 400/403/404/429,
 * {@code {statusCode, message, error:"Unauthorized"}} for 401, and for 422 a {@code message} that
 * is an <em>array</em> of strings with {@code error:"Unprocessable Entity"}.
 */
final class GhlError extends RuntimeException {

    private final int status;
    private final transient ObjectNode body;

    private GhlError(int status, String summary, ObjectNode body) {
        super(summary, null, false, false);
        this.status = status;
        this.body = body;
    }

    static GhlError badRequest(String message) {
        return plain(400, message);
    }

    /** 400 with extra top-level fields, e.g. the {@code meta} of a duplicate-contact refusal. */
    static GhlError badRequest(String message, Map<String, JsonNode> extra) {
        GhlError error = plain(400, message);
        extra.forEach(error.body::set);
        return error;
    }

    static GhlError unauthorized(String message) {
        GhlError error = plain(401, message);
        error.body.put("error", "Unauthorized");
        return error;
    }

    static GhlError forbidden(String message) {
        return plain(403, message);
    }

    static GhlError notFound(String message) {
        return plain(404, message);
    }

    static GhlError unprocessable(List<String> messages) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("statusCode", 422);
        messages.forEach(body.putArray("message")::add);
        body.put("error", "Unprocessable Entity");
        return new GhlError(422, String.join("; ", messages), body);
    }

    static GhlError unprocessable(String message) {
        return unprocessable(List.of(message));
    }

    static GhlError tooManyRequests() {
        return plain(429, "Too many requests");
    }

    /** A simulated server failure (fault injection): {@code {statusCode, message}} like every other error. */
    static GhlError serverError(int status) {
        String message = switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Internal server error";
        };
        return plain(status, message);
    }

    /**
     * An OAuth token-endpoint error: the spec's {@code {statusCode, message}} plus RFC 6749 §5.2's
     * {@code error} / {@code error_description}, so clients reading either shape find the reason.
     */
    static GhlError oauth(int status, String error, String description) {
        GhlError answer = plain(status, description);
        answer.body.put("error", error);
        answer.body.put("error_description", description);
        return answer;
    }

    private static GhlError plain(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("statusCode", status);
        body.put("message", message);
        return new GhlError(status, message, body);
    }

    /** The HTTP status the API would answer. */
    public int status() {
        return status;
    }

    /** The answer's JSON body. */
    public ObjectNode body() {
        return body.deepCopy();
    }
}
