package io.ghlsync.ops;

import java.time.Instant;

/**
 * Spring application event published once a failure is in the dead-letter table (committed): a new row, or a
 * further failure of an open one. Carries ids and the error's type only, never the payload or the message, so
 * that listeners (alerts, the gauge) cannot leak personal data.
 *
 * @param id         the row
 * @param flow       the route id of the flow that failed
 * @param locationId the HighLevel location, when known
 * @param objectType contact, task, note, customer … when known
 * @param objectId   the object's id, when known
 * @param errorType  the exception's class name
 * @param at         when it was recorded
 */
public record DeadLetterRecorded(long id, String flow, String locationId, String objectType, String objectId,
                                 String errorType, Instant at) {
}
