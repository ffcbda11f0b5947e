package io.ghlsync.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.simulation.Signatures;
import io.ghlsync.sandbox.simulation.SimulatorCalls;
import io.ghlsync.sandbox.simulation.SimulatorCalls.Answer;
import io.ghlsync.sandbox.simulation.WebhookReceiver;

@SyncAppTest
class AppSimulatorTest {

    private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer sandbox-app-token");
    private static final String USER = "/sandbox/app/_sim";

    @LocalServerPort
    int port;

    @Autowired
    AppSimulator app;

    private final ObjectMapper json = new ObjectMapper();
    private SimulatorCalls calls;
    private WebhookReceiver receiver;

    @BeforeEach
    void freshAppSendingWebhooksToALocalReceiver() throws Exception {
        calls = new SimulatorCalls(port);
        receiver = new WebhookReceiver();
        calls.send("POST", "/sandbox/app/_sim/reset", null, Map.of());
        calls.send("PUT", "/sandbox/app/_sim/webhooks", Map.of("url", receiver.url()), Map.of());
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aTaskCreatedThroughTheApiEmitsTaskCreatedSignedOverTheRawBody() throws Exception {
        JsonNode task = calls.send("POST", "/sandbox/app/tasks", Map.of("customerId", "usr_1", "title", "Call"), AUTH)
                .body();

        WebhookReceiver.Received received = receiver.awaitReceived(1).get(0);
        JsonNode webhook = json.readTree(received.body());

        assertThat(received.header("x-app-signature")).isEqualTo(Signatures.hexHmacSha256("sandbox-app-secret",
                new String(received.body(), StandardCharsets.UTF_8)));
        assertThat(webhook.get("id").asText()).startsWith("dlv_");
        assertThat(webhook.get("event").asText()).isEqualTo("task.created");
        assertThat(Instant.parse(webhook.get("occurredAt").asText())).isNotNull();
        assertThat(webhook.get("data")).isEqualTo(task);
    }

    @Test
    void completingATaskSetsCompletedAtAndEmitsTaskCompleted() {
        String id = userCreatesTask("usr_1", "Call");

        JsonNode done = calls.send("POST", "/sandbox/app/tasks/" + id + "/complete", null, AUTH).body();

        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("completedAt").asText()).isEqualTo(done.get("updatedAt").asText());
        assertThat(receiver.awaitBodies(2).get(1).get("event").asText()).isEqualTo("task.completed");
    }

    @Test
    void everyChangeMovesUpdatedAtStrictlyForward() {
        String id = userCreatesTask("usr_1", "Call");
        List<Instant> updates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            updates.add(Instant.parse(calls.send("PUT", USER + "/tasks/" + id, Map.of("title", "Call " + i), Map.of())
                    .body().get("updatedAt").asText()));
        }

        assertThat(updates).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void theUsersNoteEditsAndDeletesEmitTheirEventsInOrder() {
        String id = calls.send("POST", USER + "/notes", Map.of("customerId", "usr_1", "body", "Intro"), Map.of())
                .body().get("id").asText();
        calls.send("PUT", USER + "/notes/" + id, Map.of("body", "Intro, wants PT"), Map.of());
        calls.send("DELETE", USER + "/notes/" + id, null, Map.of());

        List<JsonNode> webhooks = receiver.awaitBodies(3);
        assertThat(webhooks).extracting(w -> w.get("event").asText())
                .containsExactly("note.created", "note.updated", "note.deleted");
        assertThat(webhooks.get(2).get("data").get("body").asText()).isEqualTo("Intro, wants PT");
    }

    @Test
    void aFieldTheRecordDoesNotHaveIsRefusedNamingIt() {
        Answer answer = calls.send("POST", "/sandbox/app/tasks", Map.of("customerId", "usr_1", "title", "t",
                "priority", "high"), AUTH);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("error").asText()).isEqualTo("validation_failed");
        assertThat(answer.body().get("message").asText()).startsWith("priority is not a field of a task");
    }

    @Test
    void serverMaintainedFieldsSentBackAreIgnoredSoReadModifyWriteWorks() {
        JsonNode task = calls.send("POST", USER + "/tasks", Map.of("customerId", "usr_1", "title", "Call"), Map.of())
                .body();
        Map<String, Object> edited = json.convertValue(task, Map.class);
        edited.put("title", "Call again");

        Answer answer = calls.send("PUT", "/sandbox/app/tasks/" + task.get("id").asText(), edited, AUTH);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("id")).isEqualTo(task.get("id"));
        assertThat(answer.body().get("title").asText()).isEqualTo("Call again");
    }

    @Test
    void aMissingCredentialIs401InTheAppsErrorShape() {
        Answer answer = calls.get("/sandbox/app/tasks?customerId=usr_1", Map.of());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("error").asText()).isEqualTo("unauthorized");
        assertThat(answer.body().get("message").asText()).isEqualTo("missing Authorization header");
    }

    @Test
    void theUsersChangesAreNotCountedAsApiRequests() {
        userCreatesTask("usr_1", "Call");

        assertThat(app.service().stats().requests()).isZero();
        assertThat(app.tasks().list("usr_1")).hasSize(1);
    }

    private String userCreatesTask(String customerId, String title) {
        return calls.send("POST", USER + "/tasks", Map.of("customerId", customerId, "title", title), Map.of())
                .body().get("id").asText();
    }
}
