package io.ghlsync.sandbox.ghl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ghlsync.sandbox.ghl.WebhookDelivery.Outcome;

/** A webhook on its way: the fixed body and target, and the attempts so far. Snapshot as {@link WebhookDelivery}. */
final class PendingWebhook {

    private final long sequence;
    private final String webhookId;
    private final String type;
    private final String locationId;
    private final String url;
    private final long createdAt;
    private final String payload;
    private final List<Integer> statuses = new ArrayList<>();
    private Outcome outcome = Outcome.PENDING;
    private String error;

    PendingWebhook(long sequence, String webhookId, String type, String locationId, String url, long createdAt,
                   String payload) {
        this.sequence = sequence;
        this.webhookId = webhookId;
        this.type = type;
        this.locationId = locationId;
        this.url = url;
        this.createdAt = createdAt;
        this.payload = payload;
    }

    String url() {
        return url;
    }

    byte[] body() {
        return payload.getBytes(StandardCharsets.UTF_8);
    }

    synchronized int attempts() {
        return statuses.size();
    }

    synchronized void answered(int status, Outcome next) {
        statuses.add(status);
        outcome = next;
    }

    synchronized void failed(String reason) {
        statuses.add(0);
        error = reason;
        outcome = Outcome.DROPPED;
    }

    synchronized void ended(Outcome end) {
        outcome = end;
    }

    synchronized WebhookDelivery snapshot() {
        return new WebhookDelivery(sequence, webhookId, type, locationId, url, createdAt, statuses.size(),
                statuses, outcome, error, payload);
    }
}
