package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * A contact's appointments. The Contacts API only reads them ({@code GET /contacts/{contactId}/appointments});
 * the simulated HighLevel user books, changes and cancels them, which sends AppointmentCreate,
 * AppointmentUpdate and AppointmentDelete (webhook-events/Appointment*.md).
 */
@Component
@ConditionalOnSimulators
class AppointmentService {

    private static final Set<String> TEXT_FIELDS = Set.of("calendarId", "title", "appointmentStatus", "assignedUserId",
            "notes", "address", "groupId", "source");
    private static final Set<String> FIELDS = union(TEXT_FIELDS, Set.of("startTime", "endTime", "users"));
    private static final Set<String> STATUSES = Set.of("new", "confirmed", "booked", "cancelled", "showed", "noshow",
            "invalid");

    private final ContactStore store;
    private final WebhookPublisher webhooks;

    AppointmentService(ContactStore store, WebhookPublisher webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    List<SimAppointment> list(String contactId) {
        return List.copyOf(store.get(contactId).activity().appointments().values());
    }

    /** Needs {@code startTime} and {@code endTime} (ISO-8601); the rest defaults like a booking widget. */
    SimAppointment create(String contactId, JsonNode json) {
        ObjectNode body = check(json, true);
        ObjectNode fields = body.objectNode()
                .put("calendarId", "sandbox-calendar").put("title", "Appointment")
                .put("appointmentStatus", "confirmed").put("source", "booking_widget");
        fields.setAll(normalised(body));
        Instant now = store.now();
        SimContact contact = store.get(contactId);
        SimAppointment appointment = new SimAppointment(GhlIds.random(), contactId, contact.locationId(), fields, now, now);
        store.change(contactId, (where, current) -> current.withActivity(current.activity().withAppointment(appointment)));
        webhooks.publish("AppointmentCreate", appointment.toWebhook());
        return appointment;
    }

    SimAppointment update(String contactId, String appointmentId, JsonNode json) {
        ObjectNode body = check(json, false);
        ContactStore.Changed changed = store.change(contactId, (where, current) -> {
            SimAppointment appointment = find(current, appointmentId);
            ObjectNode fields = appointment.fields().deepCopy();
            fields.setAll(normalised(body));
            return current.withActivity(current.activity().withAppointment(new SimAppointment(appointment.id(),
                    contactId, appointment.locationId(), fields, appointment.dateAdded(), store.now())));
        });
        SimAppointment updated = changed.after().activity().appointments().get(appointmentId);
        webhooks.publish("AppointmentUpdate", updated.toWebhook());
        return updated;
    }

    SimAppointment delete(String contactId, String appointmentId) {
        ContactStore.Changed changed = store.change(contactId, (where, current) -> {
            find(current, appointmentId);
            return current.withActivity(current.activity().withoutAppointment(appointmentId));
        });
        SimAppointment removed = changed.before().activity().appointments().get(appointmentId);
        webhooks.publish("AppointmentDelete", removed.toWebhook());
        return removed;
    }

    private static ObjectNode check(JsonNode body, boolean creating) {
        BodyCheck check = BodyCheck.of(body, FIELDS).isoDate("startTime", creating).isoDate("endTime", creating)
                .stringArray("users", false).oneOf("appointmentStatus", STATUSES);
        TEXT_FIELDS.forEach(field -> check.string(field, false));
        check.orThrow();
        return check.body();
    }

    /** The body with its times rewritten in HighLevel's millisecond ISO form. */
    private static ObjectNode normalised(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        for (String field : List.of("startTime", "endTime")) {
            if (copy.hasNonNull(field)) {
                copy.put(field, GhlTime.format(GhlTime.parse(copy.get(field).asText()).orElseThrow()));
            }
        }
        return copy;
    }

    private static SimAppointment find(SimContact contact, String appointmentId) {
        SimAppointment appointment = contact.activity().appointments().get(appointmentId);
        if (appointment == null) {
            throw GhlError.notFound("Appointment not found");
        }
        return appointment;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
