package io.ghlsync.sandbox.pushpress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The shape and rules of a PushPress {@code Customer} (SDK {@code docs/models/components/customer.md},
 * docs/api-research.md §3): every field present in the SDK's order, nested objects with fixed keys,
 * enums checked. Changes follow JSON merge-patch: a field given replaces, {@code null} clears, a
 * nested object merges key by key. Every problem is a 400 naming the field.
 */
final class CustomerDocument {

    static final Set<String> ROLES = Set.of("superuser", "admin", "coach", "frontdesk", "member", "non-member",
            "ex-member", "lead");
    /** What {@code POST /customers} accepts (SDK {@code CreateCustomerRequest}). */
    static final Set<String> LEAD_FIELDS = Set.of("email", "id", "assignedToStaffId", "address", "name", "phone",
            "emergencyContact", "dob", "gender", "account", "source");
    /** What an update may change: every field but the identity. */
    static final Set<String> EDITABLE = Set.of("name", "gender", "dob", "address", "assignedToStaffId", "account",
            "profileImage", "emergencyContact", "membershipDetails", "email", "phone", "role");
    private static final Map<String, List<String>> NESTED = Map.of(
            "name", List.of("first", "last", "nickname"),
            "address", List.of("line1", "line2", "city", "country", "state", "zip"),
            "emergencyContact", List.of("name", "phone", "relationship"),
            "membershipDetails", List.of("initialMembershipStartDate"));
    private static final Set<String> TEXT = Set.of("assignedToStaffId", "profileImage", "phone");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CustomerDocument() {
    }

    /** A customer with every field, empty; {@code name} and {@code address} as all-null objects. */
    static ObjectNode blank(String id, String companyId) {
        ObjectNode customer = NODES.objectNode();
        customer.put("id", id);
        customer.put("companyId", companyId);
        customer.set("name", emptyNested("name"));
        customer.putNull("gender");
        customer.putNull("dob");
        customer.set("address", emptyNested("address"));
        customer.putNull("assignedToStaffId");
        customer.set("account", NODES.objectNode().put("type", "primary"));
        customer.putNull("profileImage");
        customer.putNull("emergencyContact");
        customer.putNull("membershipDetails");
        customer.putNull("email");
        customer.putNull("phone");
        customer.put("role", "lead");
        return customer;
    }

    /** Applies {@code changes} to a copy of {@code current}, checking each field against {@code allowed}. */
    static ObjectNode merged(ObjectNode current, JsonNode changes, Set<String> allowed) {
        if (changes == null || !changes.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        ObjectNode result = current.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!allowed.contains(name)) {
                throw invalid(name, "is not accepted here; allowed: " + allowed.stream().sorted().toList());
            }
            if (EDITABLE.contains(name)) {
                result.set(name, checked(name, field.getValue(), result.get(name)));
            }
        }
        JsonNode email = result.get("email");
        if (email == null || email.isNull()) {
            throw invalid("email", "is required");
        }
        return result;
    }

    private static JsonNode checked(String field, JsonNode value, JsonNode current) {
        if (NESTED.containsKey(field)) {
            return nested(field, value, current);
        }
        return switch (field) {
            case "email" -> {
                if (!value.isTextual() || !EMAIL.matcher(value.asText()).matches()) {
                    throw invalid(field, "must be an email address");
                }
                yield value;
            }
            case "role" -> oneOf(field, value, ROLES, false);
            case "gender" -> oneOf(field, value, Set.of("male", "female"), true);
            case "dob" -> date(field, value);
            case "account" -> account(value);
            default -> {
                if (TEXT.contains(field) && !value.isNull() && !value.isTextual()) {
                    throw invalid(field, "must be a string or null");
                }
                yield value;
            }
        };
    }

    private static JsonNode nested(String field, JsonNode value, JsonNode current) {
        if (value.isNull()) {
            return "name".equals(field) || "address".equals(field) ? emptyNested(field) : value;
        }
        if (!value.isObject()) {
            throw invalid(field, "must be an object with " + NESTED.get(field));
        }
        ObjectNode result = current != null && current.isObject() ? (ObjectNode) current.deepCopy()
                : emptyNested(field);
        value.fields().forEachRemaining(entry -> {
            if (!NESTED.get(field).contains(entry.getKey())) {
                throw invalid(field + "." + entry.getKey(), "is not a field of " + field + "; allowed: "
                        + NESTED.get(field));
            }
            if (!entry.getValue().isNull() && !entry.getValue().isTextual()) {
                throw invalid(field + "." + entry.getKey(), "must be a string or null");
            }
            result.set(entry.getKey(), entry.getValue());
        });
        return result;
    }

    private static JsonNode account(JsonNode value) {
        String type = value.path("type").asText("");
        if ("primary".equals(type) && value.size() == 1) {
            return value;
        }
        if ("linked".equals(type) && value.path("primaryCustomerId").isTextual() && value.size() == 2) {
            return value;
        }
        throw invalid("account", "must be {\"type\":\"primary\"} or {\"type\":\"linked\",\"primaryCustomerId\":…}");
    }

    private static JsonNode oneOf(String field, JsonNode value, Set<String> allowed, boolean nullable) {
        if ((value.isNull() && nullable) || (value.isTextual() && allowed.contains(value.asText()))) {
            return value;
        }
        throw invalid(field, "must be one of " + allowed.stream().sorted().toList() + (nullable ? " or null" : ""));
    }

    private static JsonNode date(String field, JsonNode value) {
        if (value.isNull()) {
            return value;
        }
        try {
            LocalDate.parse(value.asText());
            return value;
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date YYYY-MM-DD or null");
        }
    }

    private static ObjectNode emptyNested(String field) {
        ObjectNode empty = NODES.objectNode();
        NESTED.get(field).forEach(empty::putNull);
        return empty;
    }

    static SimulatorRejection invalid(String field, String problem) {
        return new SimulatorRejection(400, field + " " + problem);
    }
}
