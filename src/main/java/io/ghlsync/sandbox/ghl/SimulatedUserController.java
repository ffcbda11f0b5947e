package io.ghlsync.sandbox.ghl;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * "Act as a HighLevel user": {@code /sandbox/ghl/_sim/user/…} makes the changes a person would make in
 * HighLevel's UI. They send the same webhooks as API changes, spend no API rate budget and are not in
 * the request log. Bodies and answers use the API's shapes (see {@link SimulatedUser}).
 */
@RestController
@ConditionalOnSimulators
@RequestMapping(RequestPipeline.PREFIX + "/_sim/user")
class SimulatedUserController {

    /** The tags to add or remove. */
    record Tags(List<String> tags) {
    }

    private final SimulatedUser user;

    SimulatedUserController(GhlSimulator simulator) {
        this.user = simulator.user();
    }

    @PostMapping("/locations/{locationId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createContact(@PathVariable String locationId, @RequestBody(required = false) JsonNode body) {
        return Map.of("contact", user.createContact(locationId, body));
    }

    @PutMapping("/contacts/{contactId}")
    Map<String, Object> updateContact(@PathVariable String contactId, @RequestBody(required = false) JsonNode body) {
        return Map.of("contact", user.updateContact(contactId, body));
    }

    @DeleteMapping("/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteContact(@PathVariable String contactId) {
        user.deleteContact(contactId);
    }

    @PostMapping("/contacts/{contactId}/tags")
    Map<String, Object> addTags(@PathVariable String contactId, @RequestBody Tags tags) {
        return Map.of("tags", user.addTags(contactId, tags.tags()));
    }

    @DeleteMapping("/contacts/{contactId}/tags")
    Map<String, Object> removeTags(@PathVariable String contactId, @RequestBody Tags tags) {
        return Map.of("tags", user.removeTags(contactId, tags.tags()));
    }

    @PostMapping("/contacts/{contactId}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createTask(@PathVariable String contactId, @RequestBody(required = false) JsonNode body) {
        return Map.of("task", user.createTask(contactId, body));
    }

    @PostMapping("/contacts/{contactId}/tasks/{taskId}/complete")
    Map<String, Object> completeTask(@PathVariable String contactId, @PathVariable String taskId) {
        return Map.of("task", user.completeTask(contactId, taskId));
    }

    @DeleteMapping("/contacts/{contactId}/tasks/{taskId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTask(@PathVariable String contactId, @PathVariable String taskId) {
        user.deleteTask(contactId, taskId);
    }

    @PostMapping("/contacts/{contactId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createNote(@PathVariable String contactId, @RequestBody(required = false) JsonNode body) {
        return Map.of("note", user.createNote(contactId, body));
    }

    @PutMapping("/contacts/{contactId}/notes/{id}")
    Map<String, Object> updateNote(@PathVariable String contactId, @PathVariable String id,
                                   @RequestBody(required = false) JsonNode body) {
        return Map.of("note", user.updateNote(contactId, id, body));
    }

    @DeleteMapping("/contacts/{contactId}/notes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteNote(@PathVariable String contactId, @PathVariable String id) {
        user.deleteNote(contactId, id);
    }

    @PostMapping("/contacts/{contactId}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createAppointment(@PathVariable String contactId, @RequestBody(required = false) JsonNode body) {
        return Map.of("appointment", user.createAppointment(contactId, body));
    }

    @PutMapping("/contacts/{contactId}/appointments/{id}")
    Map<String, Object> updateAppointment(@PathVariable String contactId, @PathVariable String id,
                                          @RequestBody(required = false) JsonNode body) {
        return Map.of("appointment", user.updateAppointment(contactId, id, body));
    }

    @DeleteMapping("/contacts/{contactId}/appointments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAppointment(@PathVariable String contactId, @PathVariable String id) {
        user.deleteAppointment(contactId, id);
    }
}
