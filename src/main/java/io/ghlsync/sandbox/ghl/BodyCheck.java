package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Validation of a request body the way HighLevel's NestJS validation pipe answers it: every problem
 * collected, then one 422 whose {@code message} lists them in class-validator's words ("title should
 * not be empty", "property foo should not exist"). Unknown properties are refused because HighLevel
 * whitelists its DTOs: a misspelt field name fails loudly instead of being ignored.
 */
final class BodyCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ObjectNode body;
    private final String prefix;
    private final List<String> problems;

    private BodyCheck(ObjectNode body, String prefix, List<String> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Starts a check of {@code body}, refusing properties outside {@code allowed}. */
    static BodyCheck of(JsonNode body, Set<String> allowed) {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw GhlError.badRequest("Request body must be a JSON object");
        }
        ObjectNode object = body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : (ObjectNode) body;
        BodyCheck check = new BodyCheck(object, "", new ArrayList<>());
        check.onlyAllowed(allowed);
        return check;
    }

    /** A check of a nested object, whose problems are reported with {@code path.} in front. */
    BodyCheck nested(ObjectNode object, String path, Set<String> allowed) {
        BodyCheck check = new BodyCheck(object, prefix + path + ".", problems);
        check.onlyAllowed(allowed);
        return check;
    }

    ObjectNode body() {
        return body;
    }

    boolean has(String field) {
        return body.has(field);
    }

    BodyCheck requiredString(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            problems.add(name(field) + " should not be empty");
        }
        if (value != null && !value.isNull() && !value.isTextual()) {
            problems.add(name(field) + " must be a string");
        }
        return this;
    }

    /** An optional string; {@code nullable} fields may be sent as null to clear them. */
    BodyCheck string(String field, boolean nullable) {
        JsonNode value = body.get(field);
        if (value != null && !value.isTextual() && !(nullable && value.isNull())) {
            problems.add(name(field) + " must be a string");
        }
        return this;
    }

    BodyCheck email(String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isTextual() && !value.asText().isEmpty() && !EMAIL.matcher(value.asText()).matches()) {
            problems.add(name(field) + " must be an email");
        }
        return this;
    }

    BodyCheck bool(String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(name(field) + " must be a boolean value");
            }
        } else if (!value.isBoolean()) {
            problems.add(name(field) + " must be a boolean value");
        }
        return this;
    }

    BodyCheck isoDate(String field, boolean required) {
        JsonNode value = body.get(field);
        boolean missing = value == null || value.isNull();
        if ((missing && required) || (!missing && (!value.isTextual() || GhlTime.parse(value.asText()).isEmpty()))) {
            problems.add(name(field) + " must be a valid ISO 8601 date string");
        }
        return this;
    }

    BodyCheck stringArray(String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(name(field) + " should not be empty");
                problems.add(name(field) + " must be an array");
            }
        } else if (!value.isArray()) {
            problems.add(name(field) + " must be an array");
        } else {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    problems.add("each value in " + name(field) + " must be a string");
                    break;
                }
            }
        }
        return this;
    }

    /** An optional nested object; returns it for further checks, or null when absent or not an object. */
    ObjectNode object(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(name(field) + " must be an object");
            return null;
        }
        return (ObjectNode) value;
    }

    BodyCheck oneOf(String field, Set<String> values) {
        JsonNode value = body.get(field);
        if (value != null && !(value.isTextual() && values.contains(value.asText()))) {
            problems.add(name(field) + " must be one of the following values: " + String.join(", ", values));
        }
        return this;
    }

    BodyCheck problem(String message) {
        problems.add(message);
        return this;
    }

    String name(String field) {
        return prefix + field;
    }

    /** Throws the 422 when anything was wrong. */
    void orThrow() {
        if (!problems.isEmpty()) {
            throw GhlError.unprocessable(problems);
        }
    }

    private void onlyAllowed(Set<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!allowed.contains(field)) {
                problems.add(prefix + "property " + field + " should not exist");
            }
        }
    }
}
