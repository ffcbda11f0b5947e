package io.ghlsync.sandbox.ghl;

import java.util.List;

/**
 * One webhook the simulator sent (or meant to send), as recorded at {@code GET /sandbox/ghl/_sim/webhooks}.
 *
 * @param sequence  position in the webhook log, for {@code ?since=}
 * @param createdAt when the change happened (epoch ms); the payload's {@code timestamp}
 * @param statuses  the HTTP status of each attempt (0 when no answer came)
 * @param outcome   where it ended up, or PENDING / RETRYING while under way
 * @param error     why the last attempt failed without an HTTP status (connection refused, timeout)
 * @param payload   the exact body sent, whose bytes both signatures cover
 */
public record WebhookDelivery(long sequence, String webhookId, String type, String locationId, String url,
                              long createdAt, int attempts, List<Integer> statuses, Outcome outcome, String error,
                              String payload) {

    public enum Outcome {
        /** Waiting for a worker. */
        PENDING,
        /** Answered 429; will be sent again after Retry-After. */
        RETRYING,
        /** Answered 2xx. */
        DELIVERED,
        /** Any other answer, or no answer: HighLevel does not retry these, so the event is lost. */
        DROPPED,
        /** Still 429 after the last allowed attempt. */
        GAVE_UP,
        /** The delivery queue was full: dropped without an attempt. */
        QUEUE_FULL,
        /** Webhooks were switched off: recorded, not sent. */
        DISABLED
    }

    public WebhookDelivery {
        statuses = List.copyOf(statuses);
    }
}
