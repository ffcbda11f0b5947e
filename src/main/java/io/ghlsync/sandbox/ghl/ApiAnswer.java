package io.ghlsync.sandbox.ghl;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: a status, a JSON body (null for none) and extra headers.
 */
record ApiAnswer(int status, JsonNode body, Map<String, String> headers) {

    static ApiAnswer of(int status, JsonNode body) {
        return new ApiAnswer(status, body, Map.of());
    }

    static ApiAnswer redirect(String location) {
        return new ApiAnswer(302, null, Map.of("Location", location));
    }
}
