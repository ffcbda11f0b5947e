package io.ghlsync.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a failed exchange's body into JSON text plus a type name, and back, so that a replay hands
 * the flow the same kind of object it failed on (a {@code ContactSnapshot}, a list of inbox events,
 * a map). Only types of this application and plain JSON shapes are rebuilt, never an arbitrary class
 * named in the database.
 */
final class DeadLetterPayload {

    private static final String LIST_PREFIX = "list:";
    private static final String OWN_PACKAGE = "io.ghlsync.";

    private final ObjectMapper json;

    DeadLetterPayload(ObjectMapper json) {
        this.json = json;
    }

    String typeOf(Object body) {
        if (body == null) {
            return "null";
        }
        if (body instanceof List<?> list) {
            return list.isEmpty() ? Map.class.getName() + "[]" : LIST_PREFIX + list.get(0).getClass().getName();
        }
        return body.getClass().getName();
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // The body itself cannot be written: keep its text form rather than lose the failure.
            return json.valueToTree(String.valueOf(body)).toString();
        }
    }

    Object read(String type, String payload) throws JsonProcessingException, ClassNotFoundException {
        if ("null".equals(type)) {
            return null;
        }
        if (type.startsWith(LIST_PREFIX)) {
            JavaType element = json.constructType(allowed(type.substring(LIST_PREFIX.length())));
            return json.readValue(payload, json.getTypeFactory().constructCollectionType(List.class, element));
        }
        if (type.endsWith("[]")) {
            return json.readValue(payload, List.class);
        }
        return json.readValue(payload, allowed(type));
    }

    private static Class<?> allowed(String className) throws ClassNotFoundException {
        if (className.startsWith(OWN_PACKAGE) || className.startsWith("java.util.") || className.startsWith("java.lang.")) {
            return Class.forName(className);
        }
        if (className.startsWith("com.fasterxml.jackson.databind.node.")) {
            return com.fasterxml.jackson.databind.JsonNode.class;
        }
        throw new ClassNotFoundException("dead letters are only rebuilt as ghl-sync types or JSON, not " + className);
    }
}
