package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** One record being mapped: its JSON, its location, and (only if an expression needs it) its JSONata input. */
final class RecordContext {

    private final JsonNode record;
    private final String locationId;
    private Object expressionInput;

    RecordContext(JsonNode record, String locationId) {
        this.record = record;
        this.locationId = locationId;
    }

    JsonNode read(SourcePath path) {
        return path.read(record, locationId);
    }

    /** Converted once per record, and only for templates that use JSONata. */
    Object expressionInput() {
        if (expressionInput == null) {
            expressionInput = JsonataExpression.input(record);
        }
        return expressionInput;
    }
}
