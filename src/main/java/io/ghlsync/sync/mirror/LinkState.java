package io.ghlsync.sync.mirror;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the mirror remembers of one linked pair ({@code sync_link.base_state}), field by field in the app's naming
 * (the fields the HighLevel → app template writes, e.g. {@code name.first}):
 * <ul>
 * <li>the values last seen on each side — HighLevel's as the template maps them, the app's as its record holds them.
 * A change is a value that differs from the one last seen on its side; a change whose value is what the other side
 * already holds is an echo, or a change both sides agree on;</li>
 * <li>for each field, when and by which side it last changed, for last-writer-wins;</li>
 * <li>each side's whole record as last seen: the app's, to map it back to HighLevel for a single field; HighLevel's,
 * to know its tags before changing them.</li>
 * </ul>
 */
final class LinkState {

    record Change(Instant at, Side by) {
    }

    private final Map<Side, Map<String, JsonNode>> seen = Map.of(Side.GHL, new TreeMap<>(), Side.APP, new TreeMap<>());
    private final Map<String, Change> changed = new TreeMap<>();
    private final Map<Side, JsonNode> records = new java.util.EnumMap<>(Side.class);

    static LinkState read(JsonNode stored) {
        LinkState state = new LinkState();
        if (stored == null || !stored.isObject()) {
            return state;
        }
        for (Side side : Side.values()) {
            stored.path(side.name().toLowerCase()).fields()
                    .forEachRemaining(field -> state.seen.get(side).put(field.getKey(), field.getValue()));
        }
        stored.path("changed").fields().forEachRemaining(field -> state.changed.put(field.getKey(), new Change(
                Instant.parse(field.getValue().path("at").asText()), Side.valueOf(field.getValue().path("by").asText()))));
        for (Side side : Side.values()) {
            JsonNode record = stored.path("records").path(side.name().toLowerCase());
            if (record.isObject()) {
                state.records.put(side, record);
            }
        }
        return state;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Side side : Side.values()) {
            json.set(side.name().toLowerCase(), values(side));
        }
        ObjectNode changes = json.putObject("changed");
        changed.forEach((field, change) -> changes.putObject(field).put("at", change.at().toString())
                .put("by", change.by().name()));
        ObjectNode records = json.putObject("records");
        this.records.forEach((side, record) -> records.set(side.name().toLowerCase(), record));
        return json;
    }

    /** The values last seen on one side, as one JSON object of field → value. */
    ObjectNode values(Side side) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        seen.get(side).forEach(values::set);
        return values;
    }

    JsonNode seen(Side side, String field) {
        return seen.get(side).getOrDefault(field, NullNode.getInstance());
    }

    void see(Side side, String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            seen.get(side).remove(field);
        } else {
            seen.get(side).put(field, value);
        }
    }

    /** Everything a side's record now holds for the compared fields. */
    void seeAll(Side side, Map<String, JsonNode> values) {
        seen.get(side).clear();
        values.forEach((field, value) -> see(side, field, value));
    }

    Change lastChange(String field) {
        return changed.get(field);
    }

    void changed(String field, Instant at, Side by) {
        changed.put(field, new Change(at, by));
    }

    /** A side's whole record as last seen; a missing node when never seen. */
    JsonNode record(Side side) {
        return records.getOrDefault(side, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    void record(Side side, JsonNode record) {
        if (record != null && record.isObject()) {
            records.put(side, record);
        }
    }
}
