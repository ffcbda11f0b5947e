package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * POST /webhooks/ghl takes in signed HighLevel webhooks (docs/api-research.md §1.8) and stores them in the inbox
 * before answering. Payloads are HighLevel's official examples (src/test/resources/ghl/webhook-events/).
 */
class GhlWebhookIntakeTest extends WebhookAppTest {

    @Autowired
    MeterRegistry metrics;

    @Test
    void aWebhookSignedWithEd25519IsStoredBeforeTheAnswer() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
        assertThat(rows.status("ghl", event.get("webhookId").asText())).isEqualTo("NEW");
    }

    @Test
    void theStoredEventCarriesTypeLocationGroupAndEventTime() {
        ObjectNode event = GhlExamples.delivery("NoteCreate");

        client.postGhl(GhlExamples.bytes(event));

        Map<String, Object> row = rows.row("ghl", event.get("webhookId").asText());
        assertThat(row.get("event_type")).isEqualTo("NoteCreate");
        assertThat(row.get("location_id")).isEqualTo("ve9EPM428h8vShlRW1KT");
        // A note belongs to its contact's group, so that a contact's changes are applied in order.
        assertThat(row.get("group_key")).isEqualTo("ghl:ve9EPM428h8vShlRW1KT:contact:CWBf1PR9LvvBkcYqiXlc");
        assertThat(rows.eventTime("ghl", event.get("webhookId").asText()))
                .isEqualTo(Instant.parse(event.get("timestamp").asText()));
        assertThat(row.get("payload").toString()).isEqualTo(new String(GhlExamples.bytes(event), StandardCharsets.UTF_8));
    }

    @Test
    void aWebhookSignedWithTheLegacyRsaKeyIsStored() {
        ObjectNode event = GhlExamples.delivery("TaskCreate");
        byte[] body = GhlExamples.bytes(event);

        HttpResponse<String> response = client.post("/webhooks/ghl", body, "x-wh-signature", SandboxSigner.rsa(body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isEqualTo(1);
    }

    @Test
    void anEd25519HeaderReadingNaCountsAsAbsent() {
        ObjectNode event = GhlExamples.delivery("ContactUpdate");
        byte[] body = GhlExamples.bytes(event);

        HttpResponse<String> response = client.post("/webhooks/ghl", body,
                "x-ghl-signature", "N/A", "x-wh-signature", SandboxSigner.rsa(body));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anAgencyLevelUninstallIsKeptInItsCompanysAppGroup() {
        // Shape of HighLevel's app-lifecycle events (docs/api-research.md, update 2026-11-24): no locationId when
        // the app was installed for the whole agency.
        String webhookId = "wh-" + UUID.randomUUID();
        byte[] body = ("{\"type\":\"UNINSTALL\",\"appId\":\"app-1\",\"companyId\":\"agency-9\",\"webhookId\":\""
                + webhookId + "\",\"timestamp\":\"" + Instant.now() + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(client.postGhl(body).statusCode()).isEqualTo(200);

        assertThat(rows.row("ghl", webhookId)).containsEntry("group_key", "ghl:company:agency-9:app")
                .containsEntry("location_id", null);
    }

    @Test
    void aDuplicateWebhookIdAnswersDuplicateAndAddsNoRow() {
        ObjectNode event = GhlExamples.delivery("ContactUpdate");
        client.postGhl(GhlExamples.bytes(event));

        HttpResponse<String> again = client.postGhl(GhlExamples.bytes(event));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isEqualTo(1);
    }

    @Test
    void anUnsignedWebhookIsRefusedAndNotStored() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");

        HttpResponse<String> response = client.post("/webhooks/ghl", GhlExamples.bytes(event));

        assertRefused(response, 401, "not signed: expected header x-ghl-signature (Ed25519) or x-wh-signature");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }

    @Test
    void aSignatureOfAnotherBodyIsRefusedAndNotStored() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        String signatureOfOther = SandboxSigner.ed25519(GhlExamples.bytes(GhlExamples.delivery("ContactCreate")));

        HttpResponse<String> response = client.post("/webhooks/ghl", GhlExamples.bytes(event),
                "x-ghl-signature", signatureOfOther);

        assertRefused(response, 401, "x-ghl-signature does not match the body");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }

    @Test
    void aWrongEd25519SignatureIsNotRescuedByAValidRsaOne() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");
        byte[] body = GhlExamples.bytes(event);

        HttpResponse<String> response = client.post("/webhooks/ghl", body,
                "x-ghl-signature", SandboxSigner.ed25519("other".getBytes()), "x-wh-signature", SandboxSigner.rsa(body));

        assertRefused(response, 401, "x-ghl-signature does not match the body");
    }

    @Test
    void theSignatureCoversTheExactBytesReceived() {
        // A signed body with a byte that is not UTF-8: had it been decoded and re-encoded before the check, the
        // signature would fail (401); checked over the raw bytes it passes and the JSON reader refuses it (400).
        String webhookId = "wh-" + UUID.randomUUID();
        byte[] prefix = ("{\"type\":\"ContactCreate\",\"locationId\":\"loc\",\"id\":\"c1\",\"webhookId\":\"" + webhookId
                + "\",\"timestamp\":\"" + Instant.now() + "\",\"name\":\"").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xFF;
        body[prefix.length + 1] = '"';
        body[prefix.length + 2] = '}';

        HttpResponse<String> response = client.postGhl(body);

        assertRefused(response, 400, "the body is not valid JSON");
        assertThat(rows.count("ghl", webhookId)).isZero();
    }

    @Test
    void aCallerCannotSteerTheRouteWithCamelOrQueryHeaders() {
        ObjectNode event = GhlExamples.delivery("ContactCreate");

        HttpResponse<String> response = client.post("/webhooks/ghl?CamelHttpResponseCode=204&webhookSource=app",
                GhlExamples.bytes(event), "CamelHttpResponseCode", "204", "webhookSource", "app");

        assertRefused(response, 401, "not signed");
        assertThat(response.headers().firstValue("CamelHttpResponseCode")).isEmpty();
    }

    @Test
    void acceptedAndRefusedWebhooksAreCounted() {
        double accepted = count("ghlsync.events.accepted", "type", "TaskComplete");
        double refused = count("ghlsync.events.rejected", "reason", "signature");

        client.postGhl(GhlExamples.bytes(GhlExamples.delivery("TaskComplete")));
        client.post("/webhooks/ghl", GhlExamples.bytes(GhlExamples.delivery("TaskComplete")));

        assertThat(count("ghlsync.events.accepted", "type", "TaskComplete")).isEqualTo(accepted + 1);
        assertThat(count("ghlsync.events.rejected", "reason", "signature")).isEqualTo(refused + 1);
    }

    private double count(String name, String tag, String value) {
        Counter counter = metrics.find(name).tag("source", "ghl").tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
