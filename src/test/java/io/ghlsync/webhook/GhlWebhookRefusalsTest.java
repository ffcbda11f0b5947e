package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every bad HighLevel webhook is refused with a status and a message naming the problem, and nothing is stored. */
class GhlWebhookRefusalsTest extends WebhookAppTest {

    private static final int MEBIBYTE = 1024 * 1024;

    @Test
    void aBodyThatIsNotJsonByContentTypeIsRefusedWith415() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        byte[] body = GhlExamples.bytes(event);

        HttpResponse<String> response = client.send(client.request("/webhooks/ghl",
                        "Content-Type", "text/plain", "x-ghl-signature", SandboxSigner.ed25519(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertRefused(response, 415, "Content-Type 'text/plain' is not supported: send application/json");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }

    @Test
    void aBodyDeclaredLargerThanOneMebibyteIsRefusedWith413() {
        String marker = "big-" + UUID.randomUUID();
        byte[] body = oversized(marker);

        HttpResponse<String> response = client.post("/webhooks/ghl", body, "x-ghl-signature", SandboxSigner.ed25519(body));

        assertRefused(response, 413, "the body is larger than 1048576 bytes (ghlsync.webhooks.max-body-size)");
        assertThat(rows.countWithPayloadContaining(marker)).isZero();
    }

    @Test
    void aChunkedBodyLargerThanOneMebibyteIsRefusedWith413() {
        String marker = "big-" + UUID.randomUUID();
        byte[] body = oversized(marker);

        // ofInputStream has no length, so the client sends Transfer-Encoding: chunked, without Content-Length.
        HttpResponse<String> response = client.send(client.request("/webhooks/ghl", "Content-Type", "application/json",
                        "x-ghl-signature", SandboxSigner.ed25519(body))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertRefused(response, 413, "the body is larger than 1048576 bytes");
        assertThat(rows.countWithPayloadContaining(marker)).isZero();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsRefusedWith400() {
        byte[] body = "{\"type\":\"ContactCreate\",".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.postGhl(body);

        assertRefused(response, 400, "the body is not valid JSON");
    }

    @Test
    void aSignedJsonArrayIsRefusedWith400() {
        HttpResponse<String> response = client.postGhl("[1,2]".getBytes(StandardCharsets.UTF_8));

        assertRefused(response, 400, "the body must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhookId", "timestamp", "type", "locationId"})
    void aWebhookWithoutARequiredFieldIsRefusedWith422NamingIt(String field) {
        ObjectNode event = GhlExamples.delivery("ContactUpdate");
        String webhookId = event.get("webhookId").asText();
        event.remove(field);

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertRefused(response, 422, "missing field '" + field + "'");
        assertThat(rows.count("ghl", webhookId)).isZero();
    }

    @Test
    void aWebhookIdLongerThanTheInboxKeepsIsRefusedWith422() {
        ObjectNode event = GhlExamples.delivery("ContactUpdate");
        event.put("webhookId", "w".repeat(301));

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertRefused(response, 422, "field 'webhookId' is longer than 300 characters");
    }

    @Test
    void anUnknownEventTypeIsRefusedWith422NamingIt() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        event.put("type", "OpportunityCreate");

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertRefused(response, 422, "unknown HighLevel event type 'OpportunityCreate'");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }

    @ParameterizedTest
    @CsvSource({"-6, behind this server's clock by more than the replay window of 300 s", "6, ahead of this server's clock"})
    void aTimestampOutsideTheReplayWindowIsRefusedWith401(int minutes, String message) {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        event.put("timestamp", Instant.now().plus(Duration.ofMinutes(minutes)).toString());

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertRefused(response, 401, message);
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }

    @Test
    void aTimestampInsideTheReplayWindowIsAccepted() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        event.put("timestamp", Instant.now().minus(Duration.ofMinutes(4)).toString());

        assertThat(client.postGhl(GhlExamples.bytes(event)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTimestampThatIsNotIsoIsRefusedWith422() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        event.put("timestamp", "yesterday");

        assertRefused(client.postGhl(GhlExamples.bytes(event)), 422,
                "field 'timestamp' is not an ISO-8601 date-time with offset: 'yesterday'");
    }

    private static byte[] oversized(String marker) {
        String padding = "x".repeat(MEBIBYTE);
        return ("{\"type\":\"ContactCreate\",\"marker\":\"" + marker + "\",\"pad\":\"" + padding + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
