package io.ghlsync.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contact's tasks, notes and appointments as ghl-sync knows them, kept between events so that a task or note
 * event, which carries its object (webhook-events/TaskCreate.md, NoteCreate.md …), needs no call to HighLevel.
 * For every item it remembers the time of the newest change applied, deletions included, so that an older event
 * arriving late never brings back a deleted item or an older version.
 */
final class ContactItems {

    enum Kind {
        TASK("tasks"), NOTE("notes"), APPOINTMENT("appointments");

        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    /**
     * The newest change applied to an item. HighLevel's timestamps have millisecond resolution, so a create and the
     * update right after it can share one: then the step that can only come later (update after create, delete
     * after both) wins, whatever order they arrived in.
     */
    private record Seen(Instant at, int step) {

        boolean deleted() {
            return step == DELETED;
        }

        boolean isLaterThan(Instant time, int otherStep) {
            return at.isAfter(time) || (at.equals(time) && step > otherStep);
        }
    }

    private static final int CREATED = 0;
    private static final int CHANGED = 1;
    private static final int DELETED = 2;

    /** Webhook envelope fields that are not part of the object itself. */
    private static final List<String> ENVELOPE = List.of("type", "webhookId", "timestamp", "locationId");

    private final Map<Kind, Map<String, ObjectNode>> items = new LinkedHashMap<>();
    private final Map<String, Seen> seen = new LinkedHashMap<>();

    ContactItems() {
        for (Kind kind : Kind.values()) {
            items.put(kind, new LinkedHashMap<>());
        }
    }

    /** Reads the lists as stored in {@code contact_state.snapshot}. */
    static ContactItems read(JsonNode stored) {
        ContactItems result = new ContactItems();
        for (Kind kind : Kind.values()) {
            for (JsonNode item : stored.path(kind.field)) {
                if (item.hasNonNull("id") && item.isObject()) {
                    result.items.get(kind).put(item.get("id").asText(), ((ObjectNode) item).deepCopy());
                }
            }
        }
        stored.path("seen").fields().forEachRemaining(entry -> result.seen.put(entry.getKey(),
                new Seen(Instant.parse(entry.getValue().path("at").asText()), entry.getValue().path("step").asInt())));
        return result;
    }

    /** Writes the lists into {@code target} (the stored snapshot object). */
    void writeTo(ObjectNode target) {
        for (Kind kind : Kind.values()) {
            target.putArray(kind.field).addAll(new ArrayList<>(items.get(kind).values()));
        }
        ObjectNode times = target.putObject("seen");
        seen.forEach((key, value) -> times.putObject(key).put("at", value.at().toString()).put("step", value.step()));
    }

    List<JsonNode> list(Kind kind) {
        return List.copyOf(items.get(kind).values());
    }

    /** Replaces a whole list with HighLevel's answer, read at {@code at}: events older than that are already in it. */
    void replace(Kind kind, JsonNode answerList, Instant at) {
        Map<String, ObjectNode> list = items.get(kind);
        list.clear();
        seen.keySet().removeIf(key -> key.startsWith(kind.name() + ":"));
        for (JsonNode item : answerList) {
            if (item.isObject() && item.hasNonNull("id")) {
                String id = item.get("id").asText();
                list.put(id, ((ObjectNode) item).deepCopy());
                seen.put(key(kind, id), new Seen(at, CHANGED));
            }
        }
    }

    /**
     * Applies one webhook about an item: a create or update merges the object it carries, a delete removes it.
     * An event older than the newest change already applied to that item is ignored.
     *
     * @return whether the lists changed
     */
    boolean apply(Kind kind, String type, JsonNode object, Instant at) {
        if (!object.hasNonNull("id")) {
            return false;
        }
        String id = object.get("id").asText();
        int step = type.endsWith("Delete") ? DELETED : type.endsWith("Create") ? CREATED : CHANGED;
        Seen last = seen.get(key(kind, id));
        if (last != null && last.isLaterThan(at, step)) {
            return false;
        }
        Map<String, ObjectNode> list = items.get(kind);
        if (step == DELETED) {
            seen.put(key(kind, id), new Seen(at, DELETED));
            return list.remove(id) != null;
        }
        if (last != null && last.deleted()) {
            return false; // HighLevel does not bring a deleted item back under its id
        }
        ObjectNode item = list.computeIfAbsent(id, newId -> JsonNodeFactory.instance.objectNode());
        ObjectNode before = item.deepCopy();
        object.fields().forEachRemaining(field -> {
            if (!ENVELOPE.contains(field.getKey())) {
                item.set(field.getKey(), field.getValue());
            }
        });
        // Task webhooks carry no "completed" flag (TaskCreate.md, TaskComplete.md): their type says it.
        if (kind == Kind.TASK && type.equals("TaskComplete")) {
            item.put("completed", true);
        } else if (kind == Kind.TASK && !item.has("completed")) {
            item.put("completed", false);
        }
        seen.put(key(kind, id), new Seen(at, step));
        return !item.equals(before);
    }

    private static String key(Kind kind, String id) {
        return kind.name() + ":" + id;
    }
}
