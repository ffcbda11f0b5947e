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
 * POST /webhooks/pushpress: {@code webhook-signature} is the hex HMAC-SHA256 of {@code JSON.stringify(body.data)}
 * with the signing secret, not of the bytes sent (PushPress's SDK, docs/api-research.md §3).
 */
class PushPressWebhookIntakeTest extends WebhookAppTest {

    private static final long CREATED = 1_764_067_200L;

    String customerId;

    @BeforeEach
    void setUp() {
        customerId = "usr_" + UUID.randomUUID();
    }

    @Test
    void aCustomerEventSignedOverItsDataIsStored() {
        HttpResponse<String> response = post(body("customer.created"), signature(signedData()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
        Map<String, Object> row = rows.row("pushpress", ContentKey.of(body("customer.created")));
        assertThat(row.get("event_type")).isEqualTo("customer.created");
        assertThat(row.get("group_key")).isEqualTo("pushpress:sandbox-company:customer:" + customerId);
        assertThat(rows.eventTime("pushpress", ContentKey.of(body("customer.created")))).isEqualTo(Instant.ofEpochSecond(CREATED));
    }

    @Test
    void theSameDeliveryTwiceIsStoredOnce() {
        post(body("customer.details.changed"), signature(signedData()));

        HttpResponse<String> again = post(body("customer.details.changed"), signature(signedData()));

        assertThat(again.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(rows.count("pushpress", ContentKey.of(body("customer.details.changed")))).isEqualTo(1);
    }

    @Test
    void aSignatureOverTheRawBodyIsRefusedBecauseOnlyDataIsSigned() {
        byte[] body = body("customer.created");

        HttpResponse<String> response = post(body, SandboxSigner.hmacHex(SandboxSigner.PUSHPRESS_SECRET, body));

        assertRefused(response, 401, "webhook-signature does not match the body");
        assertThat(rows.count("pushpress", ContentKey.of(body))).isZero();
    }

    @Test
    void anUnsignedPushPressWebhookIsRefused() {
        HttpResponse<String> response = client.post("/webhooks/pushpress", body("customer.created"));

        assertRefused(response, 401, "not signed: expected header webhook-signature");
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        String wrong = SandboxSigner.hmacHex("another-secret", signedData().getBytes(StandardCharsets.UTF_8));

        assertRefused(post(body("customer.created"), wrong), 401, "webhook-signature does not match the body");
    }

    @Test
    void anEventOutsideTheCustomerEventsIsRefusedWith422() {
        HttpResponse<String> response = post(body("checkin.created"), signature(signedData()));

        assertRefused(response, 422, "unknown PushPress event type 'checkin.created'");
    }

    private HttpResponse<String> post(byte[] body, String signature) {
        return client.post("/webhooks/pushpress", body, "webhook-signature", signature);
    }

    /** Pretty-printed, as a sender may send it: only the compact form of "data" is signed. */
    private byte[] body(String event) {
        return ("""
                {
                  "event": "%s",
                  "created": %d,
                  "data": {
                    "id": "%s",
                    "companyId": "sandbox-company",
                    "name": { "first": "Ada", "last": "Lovelace", "nickname": null },
                    "email": "ada@example.com",
                    "role": "lead"
                  }
                }
                """).formatted(event, CREATED, customerId).getBytes(StandardCharsets.UTF_8);
    }

    /** JSON.stringify(body.data), written out by hand. */
    private String signedData() {
        return "{\"id\":\"" + customerId + "\",\"companyId\":\"sandbox-company\",\"name\":{\"first\":\"Ada\",\"last\":"
                + "\"Lovelace\",\"nickname\":null},\"email\":\"ada@example.com\",\"role\":\"lead\"}";
    }

    private static String signature(String signed) {
        return SandboxSigner.hmacHex(SandboxSigner.PUSHPRESS_SECRET, signed.getBytes(StandardCharsets.UTF_8));
    }
}
