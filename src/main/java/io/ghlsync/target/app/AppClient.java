package io.ghlsync.target.app;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.sandbox.app.AppSimulatorProperties;
import io.ghlsync.target.TargetConnection;
import io.ghlsync.target.TargetConnection.Setting;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetHttp;
import io.ghlsync.target.TargetValidationException;

/**
 * The generic app's tasks and notes (docs/architecture.md "Generic app connector"), as the bean
 * {@code app}. Records travel as JSON-shaped maps; which HTTP method and path each method uses is
 * configuration ({@code ghlsync.app.tasks.*}, {@code ghlsync.app.notes.*}; docs/targets.md).
 */
@Component("app")
@ConditionalOnSync
public class AppClient {

    static final String TARGET = "app";
    private static final Set<String> TASK_STATUSES = Set.of("open", "done");

    private final AppResource tasks;
    private final AppResource notes;

    AppClient(AppProperties properties, AppSimulatorProperties simulator, TargetHttpFactory factory) {
        TargetConnection live = TargetConnection.live(
                new Setting(AppProperties.PREFIX + "base-url", "GHLSYNC_APP_BASE_URL", properties.baseUrl()),
                properties.authHeader().isBlank() ? Map.of() : Map.of(properties.authHeader(),
                        new Setting(AppProperties.PREFIX + "auth-value", "GHLSYNC_APP_AUTH_VALUE",
                                properties.authValue())));
        TargetHttp http = factory.create(TARGET, properties.http(), factory.sandbox()
                ? () -> TargetConnection.sandbox(factory.simulator(TARGET),
                        Map.of(simulator.authHeader(), simulator.authValue()))
                : () -> live);
        this.tasks = new AppResource(http, properties.tasks().actions(), properties.itemPointer(),
                properties.listPointer());
        this.notes = new AppResource(http, properties.notes().actions(), properties.itemPointer(),
                properties.listPointer());
    }

    /** Creates a task; {@code customerId} and {@code title} are required. Answers the stored task. */
    public Map<String, Object> createTask(Map<String, Object> task) {
        requireFields("createTask", task, "customerId", "title");
        checkStatus("createTask", task);
        return tasks.create("createTask", task);
    }

    /** Changes the given fields of task {@code id}. Answers the stored task. */
    public Map<String, Object> updateTask(String id, Map<String, Object> changes) {
        requireBody("updateTask", changes);
        checkStatus("updateTask", changes);
        return tasks.change("updateTask", "update", id, changes);
    }

    /** Marks task {@code id} done. Answers the stored task. */
    public Map<String, Object> completeTask(String id) {
        return tasks.change("completeTask", "complete", id, null);
    }

    public void deleteTask(String id) {
        tasks.delete("deleteTask", id);
    }

    /** Task {@code id}; {@link io.ghlsync.target.TargetNotFoundException} when the app has none. */
    public Map<String, Object> getTask(String id) {
        return tasks.get("getTask", id);
    }

    public List<Map<String, Object>> listTasks(String customerId) {
        return tasks.listByCustomer("listTasks", customerId);
    }

    /** Creates a note; {@code customerId} and {@code body} are required. Answers the stored note. */
    public Map<String, Object> createNote(Map<String, Object> note) {
        requireFields("createNote", note, "customerId", "body");
        return notes.create("createNote", note);
    }

    public Map<String, Object> updateNote(String id, Map<String, Object> changes) {
        requireBody("updateNote", changes);
        return notes.change("updateNote", "update", id, changes);
    }

    public void deleteNote(String id) {
        notes.delete("deleteNote", id);
    }

    public Map<String, Object> getNote(String id) {
        return notes.get("getNote", id);
    }

    public List<Map<String, Object>> listNotes(String customerId) {
        return notes.listByCustomer("listNotes", customerId);
    }

    private static void requireFields(String operation, Map<String, Object> body, String... fields) {
        requireBody(operation, body);
        for (String field : fields) {
            Object value = body.get(field);
            if (value == null || value.toString().isBlank()) {
                throw new TargetValidationException(TARGET, operation, field, "is required");
            }
        }
    }

    private static void requireBody(String operation, Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            throw new TargetValidationException(TARGET, operation, "body", "must hold at least one field");
        }
    }

    private static void checkStatus(String operation, Map<String, Object> task) {
        Object status = task.get("status");
        if (status != null && !TASK_STATUSES.contains(status.toString())) {
            throw new TargetValidationException(TARGET, operation, "status", "must be one of " + TASK_STATUSES);
        }
    }
}
