package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ghl.GhlApi;

/**
 * A HighLevel contact's tasks and notes ⇄ the app's tasks and notes of the contact's PushPress customer, both ways,
 * completion and deletion included.
 */
@MirrorAppTest
class ItemMirrorTest {

    @Autowired
    MirrorWorld world;

    @Autowired
    GhlApi api;

    private String contactId;
    private String customerId;

    @BeforeEach
    void aLinkedContact() {
        MirrorWorld.Linked linked = world.linkedContact("Ida");
        contactId = linked.contactId();
        customerId = linked.customerId();
    }

    @Test
    void aTaskCreatedInHighLevelAppearsOnceAmongTheCustomersTasksInTheApp() {
        world.ghl.user().createTask(contactId, Map.of("title", "Book intro session", "body", "Wants mornings",
                "dueDate", "2026-12-24T10:00:00.000Z", "completed", false));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.tasks().list(customerId).size() == 1);
        world.awaitQuiet();
        ObjectNode task = world.app.tasks().list(customerId).get(0);
        assertThat(task.path("title").asText()).isEqualTo("Book intro session");
        assertThat(task.path("description").asText()).isEqualTo("Wants mornings");
        assertThat(task.path("dueAt").asText()).isEqualTo("2026-12-24T10:00:00Z");
        assertThat(task.path("status").asText()).isEqualTo("open");
        assertThat(world.app.tasks().list(customerId)).hasSize(1);
    }

    @Test
    void completingATaskInHighLevelCompletesItInTheAppWithOneWrite() {
        String taskId = ghlTask("Send waiver");
        String appTaskId = awaitAppTask();
        long appSince = world.appSequence();
        long ghlSince = world.ghl.lastRequestSequence();

        world.ghl.user().completeTask(contactId, taskId);

        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.tasks().get(appTaskId).orElseThrow()
                .path("status").asText().equals("done"));
        world.awaitQuiet();
        assertThat(world.appWrites(appSince, request -> request.path().contains(appTaskId))).hasSize(1);
        assertThat(world.ghlWrites(ghlSince, taskId)).isEmpty();
    }

    @Test
    void completingATaskInTheAppCompletesItInHighLevelThroughTheCompletedOperation() {
        String taskId = ghlTask("Call back");
        String appTaskId = awaitAppTask();
        long ghlSince = world.ghl.lastRequestSequence();
        long appSince = world.appSequence();

        world.app.tasks().complete(appTaskId);

        await().atMost(Duration.ofSeconds(30)).until(() -> ghlTaskOf(taskId).path("completed").asBoolean());
        world.awaitQuiet();
        assertThat(world.ghlWrites(ghlSince, taskId)).singleElement()
                .satisfies(write -> assertThat(write.path()).endsWith("/tasks/" + taskId + "/completed"));
        assertThat(world.appWrites(appSince, request -> request.path().contains(appTaskId))).isEmpty();
    }

    @Test
    void aTaskCreatedInTheAppAppearsOnceOnTheHighLevelContact() {
        world.app.tasks().create(MirrorWorld.json(Map.of("customerId", customerId, "title", "Measure progress",
                "dueAt", "2026-12-30T09:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(() -> ghlTasks().size() == 1);
        world.awaitQuiet();
        assertThat(ghlTasks()).singleElement().satisfies(task -> {
            assertThat(task.path("title").asText()).isEqualTo("Measure progress");
            assertThat(task.path("dueDate").asText()).startsWith("2026-12-30T09:00:00");
        });
        assertThat(world.app.tasks().list(customerId)).hasSize(1);
    }

    @Test
    void aTaskDeletedInHighLevelIsDeletedInTheApp() {
        String taskId = ghlTask("Old task");
        String appTaskId = awaitAppTask();

        world.ghl.user().deleteTask(contactId, taskId);

        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.tasks().get(appTaskId).isEmpty());
        world.awaitQuiet();
        assertThat(world.app.tasks().list(customerId)).isEmpty();
    }

    @Test
    void aNoteEditedInEitherPlaceIsEditedInTheOther() {
        String noteId = world.ghl.user().createNote(contactId, Map.of("body", "Prefers evening classes")).path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.notes().list(customerId).size() == 1);
        String appNoteId = world.app.notes().list(customerId).get(0).path("id").asText();
        world.awaitQuiet();

        world.app.notes().update(appNoteId, MirrorWorld.json(Map.of("body", "Prefers evening classes, not Fridays")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ghlNote(noteId).path("body").asText().endsWith("not Fridays"));
        world.awaitQuiet();

        world.ghl.user().updateNote(contactId, noteId, Map.of("body", "Moved to mornings"));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.notes().get(appNoteId).orElseThrow()
                .path("body").asText().equals("Moved to mornings"));
        world.awaitQuiet();
        assertThat(world.app.notes().list(customerId)).hasSize(1);
        assertThat(ghlNotes()).hasSize(1);
    }

    private String ghlTask(String title) {
        return world.ghl.user().createTask(contactId, Map.of("title", title, "dueDate", "2026-12-24T10:00:00.000Z",
                "completed", false)).path("id").asText();
    }

    private String awaitAppTask() {
        await().atMost(Duration.ofSeconds(30)).until(() -> world.app.tasks().list(customerId).size() == 1);
        world.awaitQuiet();
        return world.app.tasks().list(customerId).get(0).path("id").asText();
    }

    private List<JsonNode> ghlTasks() {
        return list(api.call("getAllTasks", Map.of("contactId", contactId)), "tasks");
    }

    private List<JsonNode> ghlNotes() {
        return list(api.call("getAllNotes", Map.of("contactId", contactId)), "notes");
    }

    private JsonNode ghlTaskOf(String taskId) {
        return ghlTasks().stream().filter(task -> task.path("id").asText().equals(taskId)).findFirst().orElseThrow();
    }

    private JsonNode ghlNote(String noteId) {
        return ghlNotes().stream().filter(note -> note.path("id").asText().equals(noteId)).findFirst().orElseThrow();
    }

    private static List<JsonNode> list(JsonNode contact, String field) {
        return java.util.stream.StreamSupport.stream(contact.path(field).spliterator(), false).toList();
    }
}
