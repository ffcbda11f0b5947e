package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SandboxProperties;
import io.ghlsync.sandbox.SimulatorAddress;
import io.ghlsync.sandbox.ghl.WebhookDelivery.Outcome;

/**
 * Turns a change into a HighLevel webhook: the official flat payload with {@code type} first, plus
 * {@code timestamp} and a unique {@code webhookId} (webhook-events/WebhookAuthentication.md), recorded
 * in the webhook log and handed to the {@link WebhookSender}. Never blocks the caller.
 */
@Component
@ConditionalOnSimulators
class WebhookPublisher implements DisposableBean {

    private final ObjectMapper json;
    private final SandboxProperties sandbox;
    private final SimulatorAddress address;
    private final AtomicReference<WebhookSettings> settings;
    private final BoundedLog<PendingWebhook> log;
    private final WebhookSender sender;

    WebhookPublisher(ObjectMapper json, SandboxProperties sandbox, SimulatorAddress address,
                     GhlSimulatorProperties properties, ResourceLoader resources) {
        GhlSimulatorProperties.Webhooks config = properties.webhooks();
        this.json = json;
        this.sandbox = sandbox;
        this.address = address;
        this.settings = new AtomicReference<>(new WebhookSettings(config.enabled(), null, config.maxAttempts()));
        this.log = new BoundedLog<>(config.logCapacity());
        this.sender = new WebhookSender(new WebhookSigner(resources), config, () -> settings.get().maxAttempts());
    }

    /** Publishes one event; {@code payload} holds the event's fields after {@code type}. */
    void publish(String type, ObjectNode payload) {
        Instant now = Instant.now();
        ObjectNode body = payload.objectNode().put("type", type);
        body.setAll(payload);
        body.put("timestamp", GhlTime.format(now));
        body.put("webhookId", UUID.randomUUID().toString());
        String text = serialise(body);
        WebhookSettings current = settings.get();
        PendingWebhook webhook = log.append(sequence -> new PendingWebhook(sequence, body.get("webhookId").asText(),
                type, payload.path("locationId").asText(null), target(current), now.toEpochMilli(), text));
        if (current.enabled()) {
            sender.send(webhook);
        } else {
            webhook.ended(Outcome.DISABLED);
        }
    }

    WebhookSettings settings() {
        WebhookSettings current = settings.get();
        return new WebhookSettings(current.enabled(), target(current), current.maxAttempts());
    }

    /** Applies the set fields of {@code change}; returns the settings now in force. */
    WebhookSettings update(WebhookSettings change) {
        if (change.maxAttempts() != null && change.maxAttempts() < 1) {
            throw GhlError.unprocessable("maxAttempts must not be less than 1");
        }
        settings.updateAndGet(change::over);
        return settings();
    }

    List<WebhookDelivery> deliveries(long since, int limit) {
        return log.since(since, limit).stream().map(PendingWebhook::snapshot).toList();
    }

    long lastSequence() {
        return log.lastSequence();
    }

    /** Resolved per webhook: the app's own port is only known once it has started. */
    private String target(WebhookSettings current) {
        if (current.url() != null) {
            return current.url();
        }
        return StringUtils.hasText(sandbox.webhookUrl()) ? sandbox.webhookUrl() : address.ownBaseUrl() + "/webhooks/ghl";
    }

    private String serialise(ObjectNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload could not be written as JSON", e);
        }
    }

    @Override
    public void destroy() {
        sender.close();
    }
}
