package io.ghlsync.sandbox.ghl;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contact's appointment. Only read through the Contacts API ({@code GetEventSchema}); created,
 * changed and deleted by the simulated HighLevel user, which emits the Appointment* webhooks.
 *
 * @param fields the calendar fields as last written: {@code calendarId, title, appointmentStatus,
 *               assignedUserId, notes, address, startTime, endTime, groupId, users, source}; never
 *               mutated after construction
 */
record SimAppointment(String id, String contactId, String locationId, ObjectNode fields, Instant dateAdded,
                      Instant dateUpdated) {

    /** {@code GetEventSchema}: {@code status} mirrors {@code appointmentStatus}. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.setAll(fields.deepCopy());
        json.remove("source");
        json.set("status", fields.path("appointmentStatus").deepCopy());
        json.put("locationId", locationId);
        json.put("contactId", contactId);
        json.put("dateAdded", GhlTime.format(dateAdded));
        json.put("dateUpdated", GhlTime.format(dateUpdated));
        json.putArray("assignedResources");
        return json;
    }

    /** AppointmentCreate / Update / Delete (webhook-events/AppointmentCreate.md), before the envelope. */
    ObjectNode toWebhook() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("locationId", locationId);
        ObjectNode appointment = json.putObject("appointment");
        appointment.put("id", id);
        appointment.setAll(fields.deepCopy());
        appointment.put("contactId", contactId);
        appointment.put("dateAdded", GhlTime.format(dateAdded));
        appointment.put("dateUpdated", GhlTime.format(dateUpdated));
        return json;
    }
}
