package io.ghlsync.sync;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

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
}
