package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** What counts as "no value" in a record: absent, null, or blank text (HighLevel sends "" for unset fields). */
final class Values {

    private Values() {
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }
}
