package io.ghlsync.webhook;

/**
 * Published (as a Spring application event) for each inbox event that {@link InboxOutcomes} marks FAILED after
 * {@code ghlsync.inbox.max-attempts} deliveries, so that the dead-letter store can list it beside the flows' own
 * failures and offer its replay ({@link Inbox#retryFailed}).
 *
 * @param inboxEventId the inbox_event row
 * @param source       {@code ghl}, {@code pushpress}, {@code app}
 * @param eventKey     unique per source
 * @param eventType    e.g. {@code ContactUpdate}
 * @param locationId   the HighLevel location, when the event names one
 * @param groupKey     e.g. {@code ghl:<locationId>:contact:<contactId>}
 * @param payload      the event's JSON as received
 * @param attempts     deliveries made, the failed last one included
 * @param errorType    the class of the last delivery's failure
 * @param errorMessage its message
 */
public record InboxEventFailed(long inboxEventId, String source, String eventKey, String eventType, String locationId,
                               String groupKey, String payload, int attempts, String errorType, String errorMessage) {
}
