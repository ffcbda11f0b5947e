package io.ghlsync.ghl;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.ghlsync.ratelimit.RateLimitReport;

/** One HTTP answer from HighLevel: status, headers and the raw body. */
record GhlAnswer(int status, HttpHeaders headers, String body) {

    boolean success() {
        return status >= 200 && status < 300;
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    RateLimitReport rateLimitReport() {
        return RateLimitReport.parse(this::header);
    }

    /**
     * The body as JSON, refusing anything that is not one whole JSON object or array: an answer cut
     * short, trailing garbage or an empty body are malformed (every Contacts operation answers JSON).
     */
    JsonNode json(ObjectMapper mapper) throws MalformedBody {
        if (body == null || body.isBlank()) {
            throw new MalformedBody("empty body");
        }
        try {
            ObjectReader strict = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            JsonNode json = strict.readTree(body);
            if (json == null || !json.isContainerNode()) {
                throw new MalformedBody("not a JSON object or array");
            }
            return json;
        } catch (IOException e) {
            throw new MalformedBody(e.getMessage() == null ? "unreadable JSON" : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Every message of an error answer. HighLevel errors look like {@code {statusCode, message, error}};
     * a 422's {@code message} is an array of strings (common-schemas.json {@code UnprocessableDTO}).
     * A body that is not JSON is quoted, shortened.
     */
    List<String> errorMessages(ObjectMapper mapper) {
        List<String> messages = new ArrayList<>();
        try {
            JsonNode json = mapper.readTree(body == null ? "" : body);
            JsonNode message = json == null ? null : json.get("message");
            if (message != null && message.isArray()) {
                message.forEach(m -> messages.add(m.asText()));
            } else if (message != null && !message.isNull()) {
                messages.add(message.asText());
            } else if (json != null && json.hasNonNull("error")) {
                messages.add(json.get("error").asText());
            }
        } catch (IOException notJson) {
            // fall through to the raw body below
        }
        if (messages.isEmpty() && body != null && !body.isBlank()) {
            messages.add(body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
        return messages;
    }

    /** The body of a success answer is not usable JSON. */
    static final class MalformedBody extends Exception {
        MalformedBody(String problem) {
            super(problem, null, false, false);
        }
    }
}
