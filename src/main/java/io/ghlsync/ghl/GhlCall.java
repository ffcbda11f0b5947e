package io.ghlsync.ghl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call, checked and ready to send: every path parameter and required query parameter has a
 * value, and the body is JSON (or absent for operations that take none).
 *
 * @param operation  what to call
 * @param locationId whose token and budget it uses
 * @param path       path parameter values by name
 * @param query      query parameter values by name, in spec order, only those given
 * @param body       the JSON body, or null
 */
record GhlCall(Operation operation, String locationId, Map<String, String> path, Map<String, String> query, JsonNode body) {

    GhlCall {
        path = Map.copyOf(path);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** The same call with other query parameters or body: the next page. */
    GhlCall with(Map<String, String> newQuery, JsonNode newBody) {
        return new GhlCall(operation, locationId, path, newQuery, newBody);
    }
}
