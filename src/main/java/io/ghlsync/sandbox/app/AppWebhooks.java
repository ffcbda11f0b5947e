package io.ghlsync.sandbox.app;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.simulation.WebhookEmitter;
import io.ghlsync.sandbox.simulation.WebhookSignature;

/**
 * The generic app's webhooks (docs/architecture.md "Generic app connector"): body
 * {@code {"id": <delivery id>, "event", "occurredAt", "data": <the record>}}, header
 * {@code x-app-signature} = lowercase hex HMAC-SHA256 of the raw body bytes.
 */
final class AppWebhooks {

    private final WebhookEmitter emitter;
    private final String secret;
    private final ObjectMapper json;

    AppWebhooks(WebhookEmitter emitter, String secret, ObjectMapper json) {
        this.emitter = emitter;
        this.secret = secret;
        this.json = json;
    }

    void emit(String event, Instant occurredAt, ObjectNode record) {
        byte[] id = new byte[12];
        ThreadLocalRandom.current().nextBytes(id);
        ObjectNode body = json.createObjectNode();
        body.put("id", "dlv_" + HexFormat.of().formatHex(id));
        body.put("event", event);
        body.put("occurredAt", occurredAt.toString());
        body.set("data", record);
        try {
            byte[] raw = json.writeValueAsBytes(body);
            emitter.emit(event, record.path("id").asText(), raw,
                    Map.of("x-app-signature", WebhookSignature.hmacSha256Hex(secret, raw)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
