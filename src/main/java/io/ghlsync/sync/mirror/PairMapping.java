package io.ghlsync.sync.mirror;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.mapping.MappingResult;
import io.ghlsync.mapping.Mapper;
import io.ghlsync.mapping.TagChanges;

/**
 * The two templates of one pair (one per direction) as the mirror uses them. Fields are compared in the app's
 * naming: the HighLevel record through the HighLevel → app template, the app record as it stands. What goes to
 * HighLevel is mapped by the app → HighLevel template twice — from the app's record, and from the same record with
 * the fields not to be written set back to HighLevel's values — and only what differs is sent, so a change to one
 * field writes the HighLevel fields made from it and nothing else, whatever the template says.
 *
 * @param pair        the pair name in both templates ({@code contact}, {@code task}, {@code note})
 * @param toApp       template HighLevel → app
 * @param toGhl       template app → HighLevel
 * @param appSystem   the app side's name in the templates' {@code owners:} ({@code pushpress}, {@code app})
 */
record PairMapping(String pair, String toApp, String toGhl, String appSystem, Mapper mapper) {

    /** The compared fields: those the HighLevel → app template writes. */
    List<String> fields(String locationId) {
        return mapper.targetFields(locationId, toApp);
    }

    /** The HighLevel record mapped into the app's naming, for every compared field. */
    Map<String, JsonNode> ghlView(String locationId, JsonNode ghlRecord) {
        return project(locationId, mapper.map(locationId, toApp, ghlRecord).output());
    }

    /** The app record's values of the compared fields. */
    Map<String, JsonNode> appView(String locationId, JsonNode appRecord) {
        return project(locationId, appRecord);
    }

    /** Records what one side's object now holds, as a whole and in the compared fields. */
    void see(LinkState state, String locationId, Side side, JsonNode record) {
        state.record(side, record);
        state.seeAll(side, side == Side.APP ? appView(locationId, record) : ghlView(locationId, record));
    }

    /** The full app record for a create, mapped from the HighLevel record by {@code template}. */
    ObjectNode appRecordFrom(String locationId, String template, JsonNode ghlRecord) {
        return mapper.map(locationId, template, ghlRecord).output();
    }

    /** The full HighLevel body for a create, mapped from the app record (tags included). */
    MappingResult ghlCreate(String locationId, JsonNode appRecord) {
        return mapper.map(locationId, toGhl, appRecord);
    }

    Function<String, Optional<Side>> owners(String locationId) {
        var ownership = mapper.ownership(locationId, pair);
        return field -> ownership.ownerOf(appSystem, field)
                .map(system -> system.equals(appSystem) ? Side.APP : Side.GHL);
    }

    /** What to send to HighLevel so that it takes the app record's values of {@code fields}, and nothing else. */
    GhlChanges ghlChanges(String locationId, JsonNode appRecord, Iterable<String> fields, LinkState state) {
        ObjectNode base = appRecord.deepCopy();
        for (String field : fields) {
            JsonNode theirs = state.seen(Side.GHL, field);
            set(base, field, FieldMerge.absent(theirs) ? null : theirs);
        }
        MappingResult wanted = mapper.map(locationId, toGhl, appRecord);
        MappingResult before = mapper.map(locationId, toGhl, base);
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = wanted.output().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("tags")) {
                continue; // tag changes go through add/remove, never by replacing all tags
            }
            JsonNode old = before.output().path(field.getKey());
            if (field.getKey().equals("customFields") && field.getValue().isArray()) {
                JsonNode changed = changedItems(field.getValue(), old);
                if (!changed.isEmpty()) {
                    changes.set("customFields", changed);
                }
            } else if (!field.getValue().equals(old)) {
                changes.set(field.getKey(), field.getValue());
            }
        }
        boolean tagsDiffer = !wanted.tagChanges().equals(before.tagChanges());
        return new GhlChanges(changes, tagsDiffer ? wanted.tagChanges() : TagChanges.NONE);
    }

    /** The app-side patch that gives those fields those values, nested as the app's records are. */
    static ObjectNode appPatch(Map<String, JsonNode> values) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        values.forEach((field, value) -> set(patch, field, value));
        return patch;
    }

    /** What to write to HighLevel: body fields, and tags to add and remove. */
    record GhlChanges(ObjectNode body, TagChanges tags) {

        boolean isEmpty() {
            return body.isEmpty() && tags.add().isEmpty() && tags.remove().isEmpty();
        }
    }

    private Map<String, JsonNode> project(String locationId, JsonNode record) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String field : fields(locationId)) {
            JsonNode value = record.at("/" + field.replace('.', '/'));
            values.put(field, value == null ? MissingNode.getInstance() : value);
        }
        return values;
    }

    private static JsonNode changedItems(JsonNode wanted, JsonNode before) {
        var changed = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : wanted) {
            boolean same = false;
            for (JsonNode old : before) {
                same |= old.equals(item);
            }
            if (!same) {
                changed.add(item);
            }
        }
        return changed;
    }

    private static void set(ObjectNode target, String field, JsonNode value) {
        String[] names = field.split("\\.");
        ObjectNode parent = target;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        if (value == null) {
            parent.remove(names[names.length - 1]);
        } else {
            parent.set(names[names.length - 1], value);
        }
    }
}
