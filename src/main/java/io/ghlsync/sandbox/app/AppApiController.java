package io.ghlsync.sandbox.app;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.simulation.SimulatedApi;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The generic app's default paths (docs/architecture.md) below {@code /sandbox/app}. The same
 * handlers answer below {@code /sandbox/app/_sim} for "the app's user": same behaviour and
 * webhooks, but without credentials and not counted as API requests.
 */
@RestController
@SimulatedApi
@ConditionalOnSimulators
class AppApiController {

    private static final String API = "/sandbox/app";
    private static final String USER = "/sandbox/app/_sim";

    private final AppSimulator app;

    AppApiController(AppSimulator app) {
        this.app = app;
    }

    @PostMapping({API + "/tasks", USER + "/tasks"})
    ResponseEntity<ObjectNode> createTask(@RequestBody JsonNode task) {
        return ResponseEntity.status(HttpStatus.CREATED).body(app.tasks().create(task));
    }

    @PutMapping({API + "/tasks/{id}", USER + "/tasks/{id}"})
    ObjectNode updateTask(@PathVariable String id, @RequestBody JsonNode changes) {
        return app.tasks().update(id, changes);
    }

    @PostMapping({API + "/tasks/{id}/complete", USER + "/tasks/{id}/complete"})
    ObjectNode completeTask(@PathVariable String id) {
        return app.tasks().complete(id);
    }

    @DeleteMapping({API + "/tasks/{id}", USER + "/tasks/{id}"})
    ResponseEntity<Void> deleteTask(@PathVariable String id) {
        app.tasks().delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({API + "/tasks/{id}", USER + "/tasks/{id}"})
    ObjectNode getTask(@PathVariable String id) {
        return app.tasks().get(id).orElseThrow(() -> new SimulatorRejection(404, "task " + id + " not found"));
    }

    /** {@code ?customerId=} is the documented filter; without it (control API) every task. */
    @GetMapping({API + "/tasks", USER + "/tasks"})
    List<ObjectNode> listTasks(@RequestParam(required = false) String customerId) {
        return app.tasks().list(customerId);
    }

    @PostMapping({API + "/notes", USER + "/notes"})
    ResponseEntity<ObjectNode> createNote(@RequestBody JsonNode note) {
        return ResponseEntity.status(HttpStatus.CREATED).body(app.notes().create(note));
    }

    @PutMapping({API + "/notes/{id}", USER + "/notes/{id}"})
    ObjectNode updateNote(@PathVariable String id, @RequestBody JsonNode changes) {
        return app.notes().update(id, changes);
    }

    @DeleteMapping({API + "/notes/{id}", USER + "/notes/{id}"})
    ResponseEntity<Void> deleteNote(@PathVariable String id) {
        app.notes().delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({API + "/notes/{id}", USER + "/notes/{id}"})
    ObjectNode getNote(@PathVariable String id) {
        return app.notes().get(id).orElseThrow(() -> new SimulatorRejection(404, "note " + id + " not found"));
    }

    @GetMapping({API + "/notes", USER + "/notes"})
    List<ObjectNode> listNotes(@RequestParam(required = false) String customerId) {
        return app.notes().list(customerId);
    }
}
