package io.ghlsync.target.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.app.AppSimulator;
import io.ghlsync.sandbox.app.AppSimulatorProperties;
import io.ghlsync.target.TargetAuthenticationException;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.TargetRejectedException;
import io.ghlsync.target.TargetUnsupportedOperationException;
import io.ghlsync.target.TargetValidationException;

@SyncAppTest
class AppClientTest {

    @Autowired
    AppClient app;

    @Autowired
    AppSimulator simulator;

    @Autowired
    AppProperties properties;

    @Autowired
    AppSimulatorProperties simulatorProperties;

    @Autowired
    TargetHttpFactory factory;

    @BeforeEach
    void emptyAppWithoutWebhooks() {
        simulator.service().reset();
        simulator.service().webhooks().orElseThrow().configure(null, false);
    }

    @Test
    void createsATaskThatTheAppStoresOpen() {
        Map<String, Object> task = app.createTask(Map.of("customerId", "usr_1", "title", "Call back",
                "dueAt", "2026-02-01T09:00:00Z"));

        assertThat(task.get("id").toString()).startsWith("task_");
        assertThat(task).containsEntry("status", "open").containsEntry("dueAt", "2026-02-01T09:00:00Z")
                .containsKey("updatedAt");
        assertThat(simulator.tasks().get(task.get("id").toString())).isPresent();
    }

    @Test
    void getsATask() {
        String id = newTask("usr_1", "Call back");

        assertThat(app.getTask(id)).containsEntry("title", "Call back");
    }

    @Test
    void updatesATask() {
        String id = newTask("usr_1", "Call back");

        assertThat(app.updateTask(id, Map.of("title", "Call back tomorrow"))).containsEntry("title", "Call back tomorrow");
        assertThat(simulator.tasks().get(id).orElseThrow().get("title").asText()).isEqualTo("Call back tomorrow");
    }

    @Test
    void completesATask() {
        String id = newTask("usr_1", "Call back");

        Map<String, Object> done = app.completeTask(id);

        assertThat(done).containsEntry("status", "done");
        assertThat(done.get("completedAt")).isNotNull();
    }

    @Test
    void deletesATask() {
        String id = newTask("usr_1", "Call back");

        app.deleteTask(id);

        assertThat(simulator.tasks().get(id)).isEmpty();
    }

    @Test
    void listsTheTasksOfOneCustomer() {
        newTask("usr_1", "First");
        newTask("usr_2", "Someone else's");
        newTask("usr_1", "Second");

        assertThat(app.listTasks("usr_1")).extracting(t -> t.get("title")).containsExactly("First", "Second");
    }

    @Test
    void aTaskWithoutTitleIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> app.createTask(Map.of("customerId", "usr_1")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(simulator.service().requests(0)).isEmpty();
    }

    @Test
    void theAppsOwnValidationMessageReachesTheCaller() {
        assertThatThrownBy(() -> app.createTask(Map.of("customerId", "usr_1", "title", "t", "dueAt", "tomorrow")))
                .isInstanceOfSatisfying(TargetRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.serverMessage()).startsWith("dueAt must be an ISO-8601 date-time");
                });
    }

    @Test
    void gettingAnUnknownTaskIsNotFound() {
        assertThatThrownBy(() -> app.getTask("task_missing")).isInstanceOf(TargetNotFoundException.class);
    }

    @Test
    void createsUpdatesListsAndDeletesNotes() {
        Map<String, Object> note = app.createNote(Map.of("customerId", "usr_1", "title", "Intro", "body", "Met at the gym"));
        String id = note.get("id").toString();

        assertThat(app.updateNote(id, Map.of("body", "Met at the gym, wants PT"))).containsEntry("body",
                "Met at the gym, wants PT");
        assertThat(app.getNote(id)).containsEntry("title", "Intro");
        assertThat(app.listNotes("usr_1")).extracting(n -> n.get("id")).containsExactly(id);
        app.deleteNote(id);
        assertThat(simulator.notes().get(id)).isEmpty();
    }

    @Test
    void aNoteWithoutBodyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> app.createNote(Map.of("customerId", "usr_1")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void anActionSwitchedOffInConfigurationFailsNamingTheSetting() {
        AppProperties.Tasks noDeletes = new AppProperties.Tasks("POST /tasks", "PUT /tasks/{id}",
                "POST /tasks/{id}/complete", "", "GET /tasks/{id}", "GET /tasks?customerId={customerId}");
        AppClient client = new AppClient(new AppProperties(properties.baseUrl(), properties.authHeader(),
                properties.authValue(), noDeletes, properties.notes(), "", "", properties.http()),
                simulatorProperties, factory);

        assertThatThrownBy(() -> client.deleteTask("task_1")).isInstanceOf(TargetUnsupportedOperationException.class)
                .hasMessageContaining("ghlsync.app.tasks.delete is empty");
    }

    @Test
    void aWrongCredentialIsAnAuthenticationFailure() {
        AppClient wrong = new AppClient(properties, new AppSimulatorProperties(simulatorProperties.authHeader(),
                "Bearer wrong", simulatorProperties.requestLogSize(), simulatorProperties.rateLimit(),
                simulatorProperties.webhooks()), factory);

        assertThatThrownBy(() -> wrong.listTasks("usr_1"))
                .isInstanceOfSatisfying(TargetAuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.serverMessage()).isEqualTo("invalid credentials");
                });
    }

    private String newTask(String customerId, String title) {
        return app.createTask(Map.of("customerId", customerId, "title", title)).get("id").toString();
    }
}
