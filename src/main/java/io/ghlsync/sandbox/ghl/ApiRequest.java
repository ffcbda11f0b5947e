package io.ghlsync.sandbox.ghl;

import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An admitted API call, as its handler sees it: authenticated, its JSON body parsed, its location
 * resolved.
 *
 * @param body       the JSON body; an empty object when there was none (never null)
 * @param form       the form fields of an {@code application/x-www-form-urlencoded} body (OAuth)
 * @param caller     who called; null for the OAuth endpoints, which take client credentials instead
 * @param locationId the location the call is about (query or body {@code locationId}, else the
 *                   contact's, else the token's)
 * @param selfUrl    the absolute URL of the called path, without query (for {@code nextPageUrl})
 * @param contentType the request's {@code Content-Type}, null when it had none
 */
record ApiRequest(GhlOperation operation, Map<String, String> pathVariables, MultiValueMap<String, String> query,
                  JsonNode body, MultiValueMap<String, String> form, Caller caller, String locationId, String selfUrl,
                  String contentType) {

    String path(String name) {
        return pathVariables.get(name);
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(query.getFirst(name));
    }

    Optional<String> form(String name) {
        return Optional.ofNullable(form.getFirst(name)).filter(value -> !value.isEmpty());
    }
}
