package io.ghlsync.ghl;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;

/**
 * Turns "operation + named parameters + body" into a {@link GhlCall}, refusing before anything is
 * sent when a path parameter or required query parameter is missing. Conventions (README,
 * "HighLevel connection and auth"):
 * <ul>
 * <li>parameters are named exactly as in the spec ({@code contactId}, {@code id} for notes, ...);</li>
 * <li>{@code locationId} selects the location (default: {@link GhlConnection#defaultLocationId()}) and
 *     is sent as a query parameter only where the spec declares one;</li>
 * <li>a body is sent only to operations that take one; a required body left out is sent as {@code {}};
 *     a body that carries {@code locationId} gets the selected location when it has none.</li>
 * </ul>
 */
@Component
@ConditionalOnSync
class GhlCalls {

    private final GhlConnection connection;
    private final ObjectMapper mapper;

    GhlCalls(GhlConnection connection, ObjectMapper mapper) {
        this.connection = connection;
        this.mapper = mapper;
    }

    GhlCall prepare(Operation operation, Map<String, ?> parameters, Object body) {
        String locationId = text(parameters.get(OperationCatalog.LOCATION_ID));
        if (locationId == null) {
            locationId = connection.defaultLocationId();
        }
        if (locationId == null || locationId.isBlank()) {
            throw new MissingParameterException(operation.name(), null, OperationCatalog.LOCATION_ID, "location");
        }
        Map<String, String> path = new LinkedHashMap<>();
        for (String name : operation.pathParameters()) {
            String value = text(parameters.get(name));
            if (value == null || value.isBlank()) {
                throw new MissingParameterException(operation.name(), locationId, name, "path");
            }
            path.put(name, value);
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Operation.QueryParameter parameter : operation.queryParameters()) {
            String value = parameter.name().equals(OperationCatalog.LOCATION_ID)
                    ? locationId : text(parameters.get(parameter.name()));
            if (value != null && !value.isBlank()) {
                query.put(parameter.name(), value);
            } else if (parameter.required()) {
                throw new MissingParameterException(operation.name(), locationId, parameter.name(), "query");
            }
        }
        return new GhlCall(operation, locationId, path, query, body(operation, locationId, body));
    }

    private JsonNode body(Operation operation, String locationId, Object body) {
        if (!operation.bodyRequired()) {
            return null;
        }
        JsonNode json = json(operation, locationId, body);
        if (json == null) {
            json = mapper.createObjectNode();
        }
        if (operation.bodyLocationId() && json instanceof ObjectNode object && !object.hasNonNull(OperationCatalog.LOCATION_ID)) {
            object.put(OperationCatalog.LOCATION_ID, locationId);
        }
        return json;
    }

    private JsonNode json(Operation operation, String locationId, Object body) {
        JsonNode json;
        try {
            if (body instanceof JsonNode node) {
                json = node.deepCopy();
            } else if (body instanceof CharSequence text) {
                json = text.toString().isBlank() ? null : mapper.readTree(text.toString());
            } else if (body instanceof byte[] bytes) {
                json = bytes.length == 0 ? null : mapper.readTree(bytes);
            } else {
                json = body == null ? null : mapper.valueToTree(body); // Map, List, record, bean
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestBodyException(operation.name(), locationId,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
        }
        if (json != null && !json.isContainerNode()) {
            throw new InvalidRequestBodyException(operation.name(), locationId, "a JSON object or array is needed, got " + json.getNodeType());
        }
        return json;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
