package io.ghlsync.sandbox.simulation;

import java.time.Instant;

/**
 * The outcome of one webhook a simulator sent, as listed by {@code GET …/_sim/webhooks}.
 *
 * @param seq         position in the log
 * @param event       e.g. {@code customer.created}
 * @param reference   the record it is about (customer, task or note id)
 * @param url         where it went
 * @param status      the receiver's HTTP status, or null when none came (see {@code error})
 * @param error       why it failed without a status (refused connection, timeout, queue full), or null
 * @param emittedAt   when the change happened
 * @param deliveredAt when the attempt ended
 */
public record WebhookDelivery(long seq, String event, String reference, String url, Integer status, String error,
        Instant emittedAt, Instant deliveredAt) {

    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }
}
