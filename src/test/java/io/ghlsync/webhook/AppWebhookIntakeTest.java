package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /webhooks/app: {@code x-app-signature} is the hex HMAC-SHA256 of the raw body with the shared secret
 * (docs/architecture.md "Generic app connector").
 */
class AppWebhookIntakeTest extends WebhookAppTest {

    String deliveryId;

    @BeforeEach
    void setUp() {
        deliveryId = "dlv-" + UUID.randomUUID();
    }

    @Test
    void aSignedTaskEventIsStoredInItsCustomersGroup() {
        byte[] body = body("task.completed");

        HttpResponse<String> response = post(body, SandboxSigner.hmacHex(SandboxSigner.APP_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> row = rows.row("app", deliveryId);
        assertThat(row.get("event_type")).isEqualTo("task.completed");
        assertThat(row.get("group_key")).isEqualTo("app:customer:cust-7");
        assertThat(rows.eventTime("app", deliveryId)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aSignatureOfAnotherBodyIsRefused() {
        byte[] body = body("task.created");

        HttpResponse<String> response = post(body,
                SandboxSigner.hmacHex(SandboxSigner.APP_SECRET, body("task.updated")));

        assertRefused(response, 401, "x-app-signature does not match the body");
        assertThat(rows.count("app", deliveryId)).isZero();
    }

    @Test
    void aSignatureThatIsNotHexIsRefused() {
        assertRefused(post(body("note.created"), "not-hex!"), 401, "x-app-signature is not hex");
    }

    @Test
    void anUnsignedAppWebhookIsRefused() {
        assertRefused(client.post("/webhooks/app", body("note.created")), 401,
                "not signed: expected header x-app-signature");
    }

    @Test
    void anUnknownAppEventIsRefusedWith422() {
        byte[] body = body("invoice.paid");

        assertRefused(post(body, SandboxSigner.hmacHex(SandboxSigner.APP_SECRET, body)), 422,
                "unknown app event type 'invoice.paid'");
    }

    private HttpResponse<String> post(byte[] body, String signature) {
        return client.post("/webhooks/app", body, "x-app-signature", signature);
    }

    private byte[] body(String event) {
        return ("{\"id\":\"" + deliveryId + "\",\"event\":\"" + event + "\",\"occurredAt\":\"2026-01-02T03:04:05Z\","
                + "\"data\":{\"id\":\"task-1\",\"customerId\":\"cust-7\",\"title\":\"Call back\",\"status\":\"open\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
