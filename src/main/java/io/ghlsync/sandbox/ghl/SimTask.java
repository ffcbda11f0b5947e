package io.ghlsync.sandbox.ghl;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contact's task. The REST shape ({@code TaskSchema} in contacts.json) has no {@code dateAdded};
 * the webhook payload does (webhook-events/TaskCreate.md), so it is kept here.
 */
record SimTask(String id, String contactId, String title, String body, String assignedTo, Instant dueDate,
               boolean completed, Instant dateAdded) {

    SimTask withCompleted(boolean done) {
        return new SimTask(id, contactId, title, body, assignedTo, dueDate, done, dateAdded);
    }

    /** {@code TaskSchema}. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("title", title);
        JsonValues.putIfPresent(json, "body", body);
        JsonValues.putIfPresent(json, "assignedTo", assignedTo);
        json.put("dueDate", GhlTime.format(dueDate));
        json.put("completed", completed);
        json.put("contactId", contactId);
        return json;
    }

    /** TaskCreate / TaskComplete / TaskDelete, before the envelope fields are added. */
    ObjectNode toWebhook(String locationId) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("locationId", locationId);
        json.put("id", id);
        JsonValues.putIfPresent(json, "assignedTo", assignedTo);
        JsonValues.putIfPresent(json, "body", body);
        json.put("contactId", contactId);
        json.put("title", title);
        json.put("dateAdded", GhlTime.format(dateAdded));
        json.put("dueDate", GhlTime.format(dueDate));
        return json;
    }
}
