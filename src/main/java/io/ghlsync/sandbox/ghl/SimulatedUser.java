package io.ghlsync.sandbox.ghl;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Acting as a person using HighLevel's UI: changes that emit the same webhooks as the API but spend no
 * API rate budget and are not in the request log. Bodies use the API's write shapes (e.g. a contact
 * as {@code CreateContactDto} without {@code locationId}); answers are the API's read shapes.
 * Bodies may be a {@code Map}, a record or a Jackson node.
 */
public final class SimulatedUser {

    private final ObjectMapper json;
    private final ContactService contacts;
    private final TaskService tasks;
    private final NoteService notes;
    private final AppointmentService appointments;

    SimulatedUser(ObjectMapper json, ContactService contacts, TaskService tasks, NoteService notes,
                  AppointmentService appointments) {
        this.json = json;
        this.contacts = contacts;
        this.tasks = tasks;
        this.notes = notes;
        this.appointments = appointments;
    }

    /** Creates a contact in {@code locationId}; answers it in the full read shape. Emits ContactCreate. */
    public ObjectNode createContact(String locationId, Object body) {
        ObjectNode create = object(body);
        create.put("locationId", locationId);
        return ContactJson.full(contacts.create(create));
    }

    /** Emits ContactUpdate (plus ContactTagUpdate / ContactDndUpdate when those changed). */
    public ObjectNode updateContact(String contactId, Object body) {
        return ContactJson.full(contacts.update(contactId, object(body)));
    }

    /** Emits ContactDelete. */
    public void deleteContact(String contactId) {
        contacts.delete(contactId);
    }

    /** Emits ContactTagUpdate when a tag was new; answers the contact's tags. */
    public List<String> addTags(String contactId, List<String> tags) {
        return contacts.addTags(contactId, json.createObjectNode().set("tags", json.valueToTree(tags)));
    }

    /** Emits ContactTagUpdate when a tag was there; answers the contact's tags. */
    public List<String> removeTags(String contactId, List<String> tags) {
        return contacts.removeTags(contactId, json.createObjectNode().set("tags", json.valueToTree(tags)));
    }

    /** Body as {@code CreateTaskParams} ({@code title}, {@code dueDate}, {@code completed} required). Emits TaskCreate. */
    public ObjectNode createTask(String contactId, Object body) {
        return tasks.create(contactId, object(body)).toJson();
    }

    /** Marks the task completed. Emits TaskComplete. */
    public ObjectNode completeTask(String contactId, String taskId) {
        return tasks.complete(contactId, taskId, json.createObjectNode().put("completed", true)).toJson();
    }

    /** Emits TaskDelete. */
    public void deleteTask(String contactId, String taskId) {
        tasks.delete(contactId, taskId);
    }

    /** Body as {@code NotesDTO} ({@code body} required). Emits NoteCreate. */
    public ObjectNode createNote(String contactId, Object body) {
        return notes.create(contactId, object(body)).toJson();
    }

    /** Emits NoteUpdate. */
    public ObjectNode updateNote(String contactId, String noteId, Object body) {
        return notes.update(contactId, noteId, object(body)).toJson();
    }

    /** Emits NoteDelete. */
    public void deleteNote(String contactId, String noteId) {
        notes.delete(contactId, noteId);
    }

    /**
     * Books an appointment: {@code startTime} and {@code endTime} (ISO-8601) required; {@code title},
     * {@code calendarId}, {@code appointmentStatus}, {@code assignedUserId}, {@code notes}, {@code address},
     * {@code users}, {@code groupId}, {@code source} optional. Emits AppointmentCreate.
     */
    public ObjectNode createAppointment(String contactId, Object body) {
        return appointments.create(contactId, object(body)).toJson();
    }

    /** Emits AppointmentUpdate. */
    public ObjectNode updateAppointment(String contactId, String appointmentId, Object body) {
        return appointments.update(contactId, appointmentId, object(body)).toJson();
    }

    /** Emits AppointmentDelete. */
    public void deleteAppointment(String contactId, String appointmentId) {
        appointments.delete(contactId, appointmentId);
    }

    private ObjectNode object(Object body) {
        JsonNode node = body == null ? json.createObjectNode() : json.valueToTree(body);
        if (!node.isObject()) {
            throw GhlError.badRequest("Request body must be a JSON object");
        }
        return ((ObjectNode) node).deepCopy();
    }
}
