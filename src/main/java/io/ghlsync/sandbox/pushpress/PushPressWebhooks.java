package io.ghlsync.sandbox.pushpress;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.simulation.WebhookEmitter;
import io.ghlsync.sandbox.simulation.WebhookSignature;

/**
 * PushPress webhooks as the official SDK verifies them (src/hooks/webhook-security-custom.ts,
 * docs/api-research.md §3): body {@code {"event", "created": <unix s>, "data"}}, header
 * {@code webhook-signature} = hex HMAC-SHA256(secret, JSON.stringify(data)). Only {@code data} is
 * signed, re-serialised compactly; Jackson's compact output of the same tree is byte-identical to
 * the {@code data} part of the body it writes, so a receiver re-serialising {@code data} gets the
 * signed bytes back.
 */
final class PushPressWebhooks {

    static final String CREATED = "customer.created";
    static final String DETAILS_CHANGED = "customer.details.changed";
    static final String STATUS_CHANGED = "customer.status.changed";
    static final String DELETED = "customer.deleted";

    private final WebhookEmitter emitter;
    private final String secret;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    PushPressWebhooks(WebhookEmitter emitter, String secret, ObjectMapper json) {
        this.emitter = emitter;
        this.secret = secret;
        this.json = json;
    }

    void emit(String event, String customerId, JsonNode data) {
        ObjectNode body = json.createObjectNode();
        body.put("event", event);
        body.put("created", clock.instant().getEpochSecond());
        body.set("data", data);
        try {
            String signature = WebhookSignature.hmacSha256Hex(secret,
                    json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
            emitter.emit(event, customerId, json.writeValueAsBytes(body), Map.of("webhook-signature", signature));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
