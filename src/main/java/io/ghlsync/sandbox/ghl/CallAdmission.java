package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SandboxProperties;

/**
 * The checks HighLevel makes before an operation runs, in order: bearer token (401), {@code Version}
 * header (400), JSON body (400), rate budget (429), scope (401), location access (403).
 */
@Component
@ConditionalOnSimulators
class CallAdmission {

    /**
     * The Contacts docs name {@code 2021-07-28}; HighLevel's own SDK sends {@code 2023-02-21} on every
     * call and it is accepted (docs/api-research.md, "Update 2026-11-24").
     */
    static final Set<String> VERSIONS = Set.of("2021-07-28", "2023-02-21");
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final GhlWorld world;
    private final ObjectMapper json;
    private final String defaultLocation;

    CallAdmission(Authenticator authenticator, RateLimiter rateLimiter, GhlWorld world, ObjectMapper json,
                  SandboxProperties sandbox) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.world = world;
        this.json = json;
        this.defaultLocation = sandbox.locationId();
    }

    ApiRequest admit(Exchange exchange, ServerRequest request) {
        GhlOperation operation = exchange.operation;
        MultiValueMap<String, String> query = request.params();
        String selfUrl = UriComponentsBuilder.fromUri(request.uri()).replaceQuery(null).build().toUriString();
        String contentType = request.headers().firstHeader("Content-Type");
        if (!operation.isContactsApi()) {
            return new ApiRequest(operation, request.pathVariables(), query, JsonNodeFactory.instance.objectNode(),
                    form(request), null, null, selfUrl, contentType);
        }
        Caller caller = authenticator.authenticate(request.headers().firstHeader("Authorization"));
        String version = request.headers().firstHeader("Version");
        if (version == null || !VERSIONS.contains(version)) {
            throw GhlError.badRequest(version == null
                    ? "Version header is required: send 'Version: 2021-07-28'"
                    : "Version header '" + version + "' is not supported: send 'Version: 2021-07-28'");
        }
        JsonNode body = body(request);
        String target = targetLocation(request.pathVariables(), query, body);
        exchange.locationId = target != null ? target
                : caller.boundLocation() != null ? caller.boundLocation() : defaultLocation;
        exchange.budget = rateLimiter.admit(caller.owner() + "|" + exchange.locationId, exchange.arrival.receivedAt());
        if (!exchange.budget.allowed()) {
            throw GhlError.tooManyRequests();
        }
        if (!caller.hasScope(operation.scope().value())) {
            throw GhlError.unauthorized("The token is not authorized for this scope.");
        }
        if (caller.boundLocation() != null && target != null && !caller.boundLocation().equals(target)) {
            throw GhlError.forbidden("The token does not have access to this location");
        }
        return new ApiRequest(operation, request.pathVariables(), query, body, new LinkedMultiValueMap<>(), caller,
                exchange.locationId, selfUrl, contentType);
    }

    /** The location named by the call: {@code locationId} in the query or body, else the contact's. */
    private String targetLocation(Map<String, String> path, MultiValueMap<String, String> query, JsonNode body) {
        String named = query.getFirst("locationId");
        if (named == null && body.path("locationId").isTextual()) {
            named = body.get("locationId").asText();
        }
        if (named != null) {
            return named;
        }
        return world.locationOfContact(path.get("contactId")).map(LocationData::locationId).orElse(null);
    }

    /**
     * Parsed like Express's JSON body parser: only a JSON (or unlabelled) body is read, an empty one is
     * an empty object, and one that is not JSON is a 400 saying where it broke.
     */
    private JsonNode body(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
        if (!type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.getSubtype().endsWith("+json")) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            byte[] bytes = request.servletRequest().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw GhlError.badRequest("request entity too large: at most " + MAX_BODY_BYTES + " bytes");
            }
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode node = json.readTree(bytes);
            return node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw GhlError.badRequest("Malformed JSON body" + (where == null ? "" : " at line " + where.getLineNr()
                    + " column " + where.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw GhlError.badRequest("The request body could not be read: " + e.getMessage());
        }
    }

    /** OAuth bodies: form fields only (the token endpoint refuses other content types itself). */
    private static MultiValueMap<String, String> form(ServerRequest request) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        boolean isForm = request.headers().contentType()
                .map(MediaType.APPLICATION_FORM_URLENCODED::isCompatibleWith).orElse(false);
        if (isForm) {
            request.servletRequest().getParameterMap().forEach((name, values) -> fields.addAll(name, List.of(values)));
        }
        return fields;
    }
}
