package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * {@code lookup}: replaces a value by the table's value for it ({@code lookup: {table: membership}}
 * from customer.yaml, or inline {@code values:}). For a list (tags) the first table entry present
 * wins and "none of the tags is in the table" simply gives no value, the usual case for contacts
 * without a status tag. A single value missing from the table is a problem, unless the lookup has
 * a {@code default}.
 */
final class LookupTransform implements Transform {

    private final String name;
    private final LookupTable table;
    private final JsonNode fallback;

    LookupTransform(String name, LookupTable table, JsonNode fallback) {
        this.name = name;
        this.table = table;
        this.fallback = fallback;
    }

    @Override
    public JsonNode apply(JsonNode value) throws ValueProblem {
        JsonNode found = table.find(value);
        if (found != null) {
            return found;
        }
        if (fallback != null) {
            return fallback;
        }
        if (value.isArray()) {
            return MissingNode.getInstance();
        }
        throw new ValueProblem("'" + value.asText() + "' is not in lookup table " + name);
    }
}
