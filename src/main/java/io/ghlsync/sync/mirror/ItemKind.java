package io.ghlsync.sync.mirror;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ghl.GhlApi;
import io.ghlsync.sync.ContactSnapshot;
import io.ghlsync.target.app.AppClient;

/**
 * Tasks and notes: the same mirror, with each kind's templates, HighLevel operations (contacts.json: the task id
 * parameter is {@code taskId}, the note's is {@code id}) and app operations.
 */
enum ItemKind {
    TASK("task", "ghl-task-to-app-task", "app-task-to-ghl-task", "taskId", "Task"),
    NOTE("note", "ghl-note-to-app-note", "app-note-to-ghl-note", "id", "Note");

    final String type;
    final String toApp;
    final String toGhl;
    final String idParameter;
    final String operationSuffix;

    ItemKind(String type, String toApp, String toGhl, String idParameter, String operationSuffix) {
        this.type = type;
        this.toApp = toApp;
        this.toGhl = toGhl;
        this.idParameter = idParameter;
        this.operationSuffix = operationSuffix;
    }

    List<JsonNode> of(ContactSnapshot snapshot) {
        return this == TASK ? snapshot.tasks() : snapshot.notes();
    }

    /** The app's webhook events of this kind start so: {@code task.}, {@code note.} (docs/architecture.md). */
    String eventPrefix() {
        return type + ".";
    }

    // --- HighLevel ---

    Map<String, String> ghlParameters(String locationId, String contactId, String itemId) {
        return itemId == null ? Map.of("locationId", locationId, "contactId", contactId)
                : Map.of("locationId", locationId, "contactId", contactId, idParameter, itemId);
    }

    JsonNode ghlCreate(GhlApi ghl, String locationId, String contactId, JsonNode body) {
        return ghl.call("create" + operationSuffix, ghlParameters(locationId, contactId, null), body).path(type);
    }

    JsonNode ghlUpdate(GhlApi ghl, String locationId, String contactId, String itemId, JsonNode body) {
        return ghl.call("update" + operationSuffix, ghlParameters(locationId, contactId, itemId), body).path(type);
    }

    JsonNode ghlGet(GhlApi ghl, String locationId, String contactId, String itemId) {
        return ghl.call("get" + operationSuffix, ghlParameters(locationId, contactId, itemId)).path(type);
    }

    JsonNode ghlList(GhlApi ghl, String locationId, String contactId) {
        return ghl.call("getAll" + operationSuffix + "s", ghlParameters(locationId, contactId, null)).path(type + "s");
    }

    // --- the app ---

    Map<String, Object> appCreate(AppClient app, Map<String, Object> record) {
        return this == TASK ? app.createTask(record) : app.createNote(record);
    }

    Map<String, Object> appUpdate(AppClient app, String id, Map<String, Object> changes) {
        return this == TASK ? app.updateTask(id, changes) : app.updateNote(id, changes);
    }

    Map<String, Object> appGet(AppClient app, String id) {
        return this == TASK ? app.getTask(id) : app.getNote(id);
    }

    List<Map<String, Object>> appList(AppClient app, String customerId) {
        return this == TASK ? app.listTasks(customerId) : app.listNotes(customerId);
    }
}
