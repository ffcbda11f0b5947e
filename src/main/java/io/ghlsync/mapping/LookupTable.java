package io.ghlsync.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A value lookup table, in file order. Keys match case-insensitively (HighLevel tags are shown as
 * typed but compared loosely by people). Given a list (a contact's tags), the first table entry
 * found in the list wins, so the order of the table is the order of priority.
 */
final class LookupTable {

    private final Map<String, JsonNode> entries;

    private LookupTable(Map<String, JsonNode> entries) {
        this.entries = entries;
    }

    static LookupTable parse(YamlNode node, Problems problems) {
        if (node == null || !node.isMap() || node.entries().isEmpty()) {
            problems.add(node, "a lookup table is a list of 'from: to' lines");
            return null;
        }
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        for (Map.Entry<YamlNode, YamlNode> entry : node.entries()) {
            if (!entry.getValue().isScalar() || entry.getValue().isNull()) {
                problems.add(entry.getValue(), "lookup value for '" + entry.getKey().text() + "' must be a single value");
                continue;
            }
            if (entries.putIfAbsent(normal(entry.getKey().text()), entry.getValue().toJson()) != null) {
                problems.add(entry.getKey(), "lookup key '" + entry.getKey().text() + "' appears twice");
            }
        }
        return new LookupTable(entries);
    }

    /** The same table read right to left, or an explanation when two keys share a value. */
    LookupTable reversed() {
        Map<String, JsonNode> reversed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            JsonNode key = JsonNodeFactory.instance.textNode(entry.getKey());
            if (reversed.putIfAbsent(normal(entry.getValue().asText()), key) != null) {
                throw new IllegalArgumentException("cannot reverse the table: several keys map to '"
                        + entry.getValue().asText() + "'");
            }
        }
        return new LookupTable(reversed);
    }

    /** The kind every value of the table has, or ANY when they differ. */
    Kind valueKind() {
        Kind kind = null;
        for (JsonNode value : entries.values()) {
            Kind each = value.isBoolean() ? Kind.BOOLEAN : value.isNumber() ? Kind.NUMBER : Kind.STRING;
            kind = kind == null || kind == each ? each : Kind.ANY;
        }
        return kind == null ? Kind.ANY : kind;
    }

    /** The value for a scalar, or for the first table key present in a list; null when nothing matches. */
    JsonNode find(JsonNode input) {
        if (input.isArray()) {
            for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
                for (JsonNode item : input) {
                    if (normal(item.asText()).equals(entry.getKey())) {
                        return entry.getValue();
                    }
                }
            }
            return null;
        }
        return entries.get(normal(input.asText()));
    }

    private static String normal(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }
}
