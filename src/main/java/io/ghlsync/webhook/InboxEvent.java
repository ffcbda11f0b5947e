package io.ghlsync.webhook;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One inbox event as handed to {@code direct:inbox-<source>}. The body of that exchange is a
 * {@code List<InboxEvent>}: the events of one group, sorted by {@code eventTime} (then by arrival).
 *
 * @param id         the inbox_event row
 * @param source     {@code ghl}, {@code pushpress}, {@code app}
 * @param eventKey   unique per source (webhookId, delivery id or content hash); the dedup key
 * @param eventType  e.g. {@code ContactUpdate}, {@code customer.created}, {@code task.completed}
 * @param locationId the HighLevel location, when the event names one
 * @param groupKey   e.g. {@code ghl:<locationId>:contact:<contactId>}
 * @param eventTime  the sender's time of the change
 * @param receivedAt when the inbox stored it
 * @param attempt    this delivery's number, 1 for the first
 * @param payload    the event's JSON as received
 */
public record InboxEvent(long id, String source, String eventKey, String eventType, String locationId,
                         String groupKey, Instant eventTime, Instant receivedAt, int attempt, JsonNode payload) {
}
