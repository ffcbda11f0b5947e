package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * A contact's tasks (contacts.json {@code CreateTaskParams}, {@code UpdateTaskBody},
 * {@code UpdateTaskStatusParams}). HighLevel has no TaskUpdate webhook (docs/api-research.md §1.8):
 * a task emits TaskCreate, TaskComplete when it becomes completed, and TaskDelete — an edit of its
 * title or due date is visible only by reading it.
 */
@Component
@ConditionalOnSimulators
class TaskService {

    private static final Set<String> FIELDS = Set.of("title", "body", "dueDate", "completed", "assignedTo");

    private final ContactStore store;
    private final WebhookPublisher webhooks;

    TaskService(ContactStore store, WebhookPublisher webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    List<SimTask> list(String contactId) {
        return List.copyOf(store.get(contactId).activity().tasks().values());
    }

    SimTask get(String contactId, String taskId) {
        return find(store.get(contactId), taskId);
    }

    SimTask create(String contactId, JsonNode body) {
        BodyCheck.of(body, FIELDS).requiredString("title").string("body", false).isoDate("dueDate", true)
                .bool("completed", true).string("assignedTo", false).orThrow();
        Instant now = store.now();
        SimTask task = new SimTask(GhlIds.random(), contactId, body.get("title").asText(), text(body, "body"),
                text(body, "assignedTo"), due(body), body.get("completed").asBoolean(), now);
        SimContact contact = store.change(contactId,
                (where, current) -> current.withActivity(current.activity().withTask(task))).after();
        webhooks.publish("TaskCreate", task.toWebhook(contact.locationId()));
        return task;
    }

    SimTask update(String contactId, String taskId, JsonNode body) {
        BodyCheck.of(body, FIELDS).string("title", false).string("body", false).isoDate("dueDate", false)
                .bool("completed", false).string("assignedTo", false).orThrow();
        return replace(contactId, taskId, task -> new SimTask(task.id(), task.contactId(),
                body.hasNonNull("title") ? body.get("title").asText() : task.title(),
                body.has("body") ? text(body, "body") : task.body(),
                body.has("assignedTo") ? text(body, "assignedTo") : task.assignedTo(),
                body.hasNonNull("dueDate") ? due(body) : task.dueDate(),
                body.hasNonNull("completed") ? body.get("completed").asBoolean() : task.completed(),
                task.dateAdded()));
    }

    SimTask complete(String contactId, String taskId, JsonNode body) {
        BodyCheck.of(body, Set.of("completed")).bool("completed", true).orThrow();
        return replace(contactId, taskId, task -> task.withCompleted(body.get("completed").asBoolean()));
    }

    SimTask delete(String contactId, String taskId) {
        ContactStore.Changed changed = store.change(contactId, (where, current) -> {
            find(current, taskId);
            return current.withActivity(current.activity().withoutTask(taskId));
        });
        SimTask removed = changed.before().activity().tasks().get(taskId);
        webhooks.publish("TaskDelete", removed.toWebhook(changed.after().locationId()));
        return removed;
    }

    private SimTask replace(String contactId, String taskId, UnaryOperator<SimTask> edit) {
        ContactStore.Changed changed = store.change(contactId, (where, current) ->
                current.withActivity(current.activity().withTask(edit.apply(find(current, taskId)))));
        SimTask before = changed.before().activity().tasks().get(taskId);
        SimTask after = changed.after().activity().tasks().get(taskId);
        if (after.completed() && !before.completed()) {
            webhooks.publish("TaskComplete", after.toWebhook(changed.after().locationId()));
        }
        return after;
    }

    private static SimTask find(SimContact contact, String taskId) {
        SimTask task = contact.activity().tasks().get(taskId);
        if (task == null) {
            throw GhlError.notFound("Task not found");
        }
        return task;
    }

    private static Instant due(JsonNode body) {
        return GhlTime.parse(body.get("dueDate").asText()).orElseThrow();
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
