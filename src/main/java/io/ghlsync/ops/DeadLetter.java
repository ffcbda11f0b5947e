package io.ghlsync.ops;

import java.time.Instant;

/**
 * An exchange that failed after its retries, kept with everything needed to replay it.
 *
 * @param id            row id
 * @param flow          the route id of the flow that failed
 * @param endpoint      where a replay is sent (the flow's own {@code from} endpoint)
 * @param locationId    the HighLevel location, when known
 * @param objectType    contact, task, note, customer … when known
 * @param objectId      the object's id on the side it came from, when known
 * @param eventKey      the inbox event key, when known: a failure of the same event in the same flow
 *                      updates this row instead of adding one
 * @param payloadType   how to rebuild the body (a class name, or {@code list:<class>})
 * @param payload       the body as JSON
 * @param headers       the headers a replay needs, as JSON
 * @param errorType     the exception's class
 * @param errorMessage  the exception's message
 * @param attempts      failed attempts so far, redeliveries and replays included
 * @param firstFailedAt first failure
 * @param lastFailedAt  latest failure
 * @param status        OPEN, REPLAYING or RESOLVED
 * @param replayCount   replays so far
 * @param resolvedAt    when a replay succeeded
 * @param history       JSON array of earlier failures and replays
 */
public record DeadLetter(long id, String flow, String endpoint, String locationId, String objectType,
                         String objectId, String eventKey, String payloadType, String payload, String headers,
                         String errorType, String errorMessage, int attempts, Instant firstFailedAt,
                         Instant lastFailedAt, String status, int replayCount, Instant resolvedAt, String history) {

    public static final String OPEN = "OPEN";
    public static final String REPLAYING = "REPLAYING";
    public static final String RESOLVED = "RESOLVED";
}
