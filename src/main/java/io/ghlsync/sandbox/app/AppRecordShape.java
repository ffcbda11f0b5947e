package io.ghlsync.sandbox.app;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The generic app's two record kinds and their fields (docs/architecture.md "Generic app
 * connector"): which are writable and of what type, which are required on create, and which the
 * server maintains (sent back by a client, they are ignored, so a read-modify-write round trip works).
 */
enum AppRecordShape {

    TASK("task", List.of("id", "customerId", "title", "description", "dueAt", "status", "completedAt", "assigneeId",
            "updatedAt"),
            Map.of("customerId", Type.TEXT, "title", Type.TEXT, "description", Type.TEXT_OR_NULL,
                    "dueAt", Type.INSTANT_OR_NULL, "status", Type.STATUS, "assigneeId", Type.TEXT_OR_NULL),
            Set.of("customerId", "title")),
    NOTE("note", List.of("id", "customerId", "title", "body", "createdAt", "updatedAt"),
            Map.of("customerId", Type.TEXT, "title", Type.TEXT_OR_NULL, "body", Type.TEXT),
            Set.of("customerId", "body"));

    enum Type { TEXT, TEXT_OR_NULL, INSTANT_OR_NULL, STATUS }

    private static final Set<String> SERVER_MAINTAINED = Set.of("id", "createdAt", "updatedAt", "completedAt");
    private static final Set<String> STATUSES = Set.of("open", "done");

    private final String kind;
    private final List<String> order;
    private final Map<String, Type> writable;
    private final Set<String> required;

    AppRecordShape(String kind, List<String> order, Map<String, Type> writable, Set<String> required) {
        this.kind = kind;
        this.order = order;
        this.writable = writable;
        this.required = required;
    }

    /** {@code task} or {@code note}: the prefix of ids and webhook event names. */
    String kind() {
        return kind;
    }

    List<String> order() {
        return order;
    }

    Set<String> required() {
        return required;
    }

    boolean completable() {
        return writable.containsKey("status");
    }

    /** Whether {@code field} is stored from a request; throws 400 for a field this kind does not have. */
    boolean accepts(String field, JsonNode value) {
        Type type = writable.get(field);
        if (type == null) {
            if (SERVER_MAINTAINED.contains(field)) {
                return false;
            }
            throw new SimulatorRejection(400, field + " is not a field of a " + kind + "; writable: "
                    + writable.keySet().stream().sorted().toList());
        }
        boolean valid = switch (type) {
            case TEXT -> value.isTextual() && !value.asText().isBlank();
            case TEXT_OR_NULL -> value.isNull() || value.isTextual();
            case STATUS -> value.isTextual() && STATUSES.contains(value.asText());
            case INSTANT_OR_NULL -> value.isNull() || (value.isTextual() && isInstant(value.asText()));
        };
        if (!valid) {
            throw new SimulatorRejection(400, field + " must be " + switch (type) {
                case TEXT -> "a non-empty string";
                case TEXT_OR_NULL -> "a string or null";
                case STATUS -> "one of " + STATUSES.stream().sorted().toList();
                case INSTANT_OR_NULL -> "an ISO-8601 date-time with offset (e.g. 2026-01-31T09:00:00Z) or null";
            });
        }
        return true;
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
