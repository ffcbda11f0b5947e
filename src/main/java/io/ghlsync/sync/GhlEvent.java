package io.ghlsync.sync;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.webhook.InboxEvent;

/**
 * One HighLevel event as the flows see it: a webhook (type as HighLevel names it, e.g.
 * {@code ContactTagUpdate}, {@code TaskComplete}) or a poll finding (type {@code ContactPolled}).
 * Event-driven flows (push notifications) receive each event once on {@code direct:ghl-event},
 * with the contact's snapshot beside it.
 *
 * @param eventKey   the inbox dedup key (webhookId, or the poll's content key)
 * @param type       the event type
 * @param locationId the HighLevel location
 * @param contactId  the contact the event is about
 * @param time       HighLevel's time of the event ({@code timestamp} / {@code dateUpdated})
 * @param payload    the event as received (webhook-events/*.md shapes)
 */
public record GhlEvent(String eventKey, String type, String locationId, String contactId, Instant time,
                       JsonNode payload) {

    /** The event of an inbox row; the contact is where HighLevel's payload of that type names it. */
    static GhlEvent of(InboxEvent event) {
        JsonNode payload = event.payload();
        String type = event.eventType();
        JsonNode contact;
        if (type.startsWith("Task") || type.startsWith("Note")) {
            contact = payload.path("contactId");
        } else if (type.startsWith("Appointment")) {
            contact = payload.path("appointment").path("contactId");
        } else if (type.startsWith("Contact")) {
            contact = payload.path("id");
        } else {
            contact = payload.path("contactId");
        }
        return new GhlEvent(event.eventKey(), type, event.locationId(), contact.isTextual() ? contact.asText() : null,
                event.eventTime(), payload);
    }
}
