package io.ghlsync.sandbox.ghl;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A contact's note ({@code GetNoteSchema} in contacts.json). */
record SimNote(String id, String contactId, String body, String userId, String title, String color,
               boolean pinned, Instant dateAdded) {

    /** {@code GetNoteSchema}. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("body", body);
        JsonValues.putIfPresent(json, "userId", userId);
        json.put("dateAdded", GhlTime.format(dateAdded));
        json.put("contactId", contactId);
        JsonValues.putIfPresent(json, "title", title);
        JsonValues.putIfPresent(json, "color", color);
        json.put("pinned", pinned);
        return json;
    }

    /** NoteCreate / NoteUpdate / NoteDelete (webhook-events/NoteCreate.md), before the envelope. */
    ObjectNode toWebhook(String locationId) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("locationId", locationId);
        json.put("id", id);
        json.put("body", body);
        json.put("contactId", contactId);
        json.put("dateAdded", GhlTime.format(dateAdded));
        return json;
    }
}
