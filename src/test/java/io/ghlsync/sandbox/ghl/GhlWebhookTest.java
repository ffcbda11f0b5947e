package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;
import io.ghlsync.sandbox.ghl.WebhookReceiver.Received;

/**
 * Webhooks as HighLevel sends them: the official payloads, signed with Ed25519 ({@code x-ghl-signature})
 * and RSA-SHA256 ({@code x-wh-signature}) over the raw body, delivered once and retried only on 429.
 */
@SyncAppTest
class GhlWebhookTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private WebhookReceiver receiver;
    private final String location = "webhooks-" + UUID.randomUUID();

    @BeforeEach
    void receiveWebhooks() {
        ghl = SimulatorHttp.forPort(port);
        receiver = new WebhookReceiver();
        Reply reply = ghl.withHeaders().put("/_sim/webhooks/settings", "{\"enabled\":true,\"url\":\"" + receiver.url() + "\"}");
        assertThat(reply.status()).isEqualTo(200);
    }

    @AfterEach
    void restoreDefaults() {
        simulator.webhooks(new WebhookSettings(true, "", 5));
        receiver.close();
    }

    @Test
    void aCreatedContactIsDeliveredWithTheOfficialEnvelope() {
        String id = createContact("{'firstName':'Wanda','email':'wanda@example.com','tags':['lead']}");

        Received webhook = awaitOne(id, "ContactCreate");

        assertThat(webhook.json().get("locationId").asText()).isEqualTo(location);
        assertThat(webhook.json().get("firstName").asText()).isEqualTo("Wanda");
        assertThat(webhook.json().get("tags").toString()).isEqualTo("[\"lead\"]");
        assertThat(webhook.json().get("webhookId").asText()).isNotBlank();
        assertThat(Instant.parse(webhook.json().get("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(webhook.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void theEd25519SignatureVerifiesOverTheRawBody() throws Exception {
        Received webhook = awaitOne(createContact("{'firstName':'Sig'}"), "ContactCreate");

        assertThat(verifies(webhook.body(), webhook.header("x-ghl-signature"), "Ed25519", "ghl-webhook-ed25519-public.pem"))
                .isTrue();
    }

    @Test
    void theLegacyRsaSignatureVerifiesOverTheRawBody() throws Exception {
        Received webhook = awaitOne(createContact("{'firstName':'Sig'}"), "ContactCreate");

        assertThat(verifies(webhook.body(), webhook.header("x-wh-signature"), "SHA256withRSA", "ghl-webhook-rsa-public.pem"))
                .isTrue();
    }

    @Test
    void aChangedBodyNoLongerVerifies() throws Exception {
        Received webhook = awaitOne(createContact("{'firstName':'Sig'}"), "ContactCreate");
        byte[] tampered = new String(webhook.body(), StandardCharsets.UTF_8).replace("Sig", "Sid").getBytes(StandardCharsets.UTF_8);

        assertThat(verifies(tampered, webhook.header("x-ghl-signature"), "Ed25519", "ghl-webhook-ed25519-public.pem"))
                .isFalse();
    }

    /**
     * Each of the 14 event types against the JSON schema of its page in
     * {@code src/test/resources/ghl/webhook-events/}; and no field the page does not document, besides
     * the envelope's {@code webhookId} and {@code timestamp} (WebhookAuthentication.md).
     */
    @Test
    void everyEventTypeFollowsItsDocumentedPayload() throws Exception {
        String contact = createContact("{'firstName':'Doc','email':'doc@example.com','tags':['lead'],'phone':'+15550001111'}");
        ghl.put("/contacts/" + contact, json("{'tags':['member'],'dnd':true,'city':'Oslo'}"));
        String task = ghl.post("/contacts/" + contact + "/tasks", json("{'title':'T','dueDate':'2026-12-01T09:00:00Z',"
                + "'completed':false,'body':'b','assignedTo':'u1'}")).json().at("/task/id").asText();
        ghl.put("/contacts/" + contact + "/tasks/" + task + "/completed", json("{'completed':true}"));
        ghl.delete("/contacts/" + contact + "/tasks/" + task);
        String note = ghl.post("/contacts/" + contact + "/notes", json("{'body':'n'}")).json().at("/note/id").asText();
        ghl.put("/contacts/" + contact + "/notes/" + note, json("{'body':'n2'}"));
        ghl.delete("/contacts/" + contact + "/notes/" + note);
        String appointment = simulator.user().createAppointment(contact, Map.of("startTime", "2026-12-01T10:00:00Z",
                "endTime", "2026-12-01T11:00:00Z", "users", List.of("u1"))).get("id").asText();
        simulator.user().updateAppointment(contact, appointment, Map.of("title", "Moved"));
        simulator.user().deleteAppointment(contact, appointment);
        ghl.delete("/contacts/" + contact);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().stream().map(Received::type)
                .filter(WebhookDocs.TYPES::contains).distinct().count() == 14);
        for (Received webhook : receiver.received()) {
            WebhookDocs.assertFollowsItsPage(webhook.json());
        }
    }

    @Test
    void anUpdateThatChangesTagsAndDndAlsoSendsTagAndDndUpdates() {
        String id = createContact("{'tags':['lead']}");

        ghl.put("/contacts/" + id, json("{'tags':['member'],'dnd':true,'dndSettings':{'SMS':{'status':'active'}}}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(id).size() >= 4);
        assertThat(receiver.about(id)).extracting(Received::type)
                .containsExactlyInAnyOrder("ContactCreate", "ContactUpdate", "ContactTagUpdate", "ContactDndUpdate");
        Received dnd = awaitOne(id, "ContactDndUpdate");
        assertThat(dnd.json().at("/dndSettings/SMS/status").asText()).isEqualTo("active");
    }

    @Test
    void addingTagsSendsOnlyATagUpdate() {
        String id = createContact("{}");

        ghl.post("/contacts/" + id + "/tags", json("{'tags':['vip']}"));

        assertThat(awaitOne(id, "ContactTagUpdate").json().get("tags").toString()).isEqualTo("[\"vip\"]");
        assertThat(receiver.about(id)).extracting(Received::type).doesNotContain("ContactUpdate");
    }

    @Test
    void aDeletedContactSendsContactDelete() {
        String id = createContact("{'firstName':'Gone'}");

        ghl.delete("/contacts/" + id);

        assertThat(awaitOne(id, "ContactDelete").json().get("firstName").asText()).isEqualTo("Gone");
    }

    @Test
    void tasksSendCreateCompleteAndDeleteButNoUpdate() {
        String contact = createContact("{}");
        String task = ghl.post("/contacts/" + contact + "/tasks", json("{'title':'Call','dueDate':'2026-12-01T09:00:00Z',"
                + "'completed':false}")).json().at("/task/id").asText();
        long beforeEdit = simulator.lastWebhookSequence();

        ghl.put("/contacts/" + contact + "/tasks/" + task, json("{'title':'Call twice'}"));
        assertThat(simulator.webhookDeliveries(beforeEdit)).noneMatch(delivery -> delivery.payload().contains(task));
        ghl.put("/contacts/" + contact + "/tasks/" + task + "/completed", json("{'completed':true}"));
        ghl.delete("/contacts/" + contact + "/tasks/" + task);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(task).size() == 3);
        assertThat(receiver.about(task)).extracting(Received::type)
                .containsExactlyInAnyOrder("TaskCreate", "TaskComplete", "TaskDelete");
        assertThat(awaitOne(task, "TaskComplete").json().get("title").asText()).isEqualTo("Call twice");
    }

    @Test
    void notesSendCreateUpdateAndDelete() {
        String contact = createContact("{}");
        String note = ghl.post("/contacts/" + contact + "/notes", json("{'body':'first'}")).json().at("/note/id").asText();

        ghl.put("/contacts/" + contact + "/notes/" + note, json("{'body':'second'}"));
        ghl.delete("/contacts/" + contact + "/notes/" + note);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(note).size() == 3);
        assertThat(receiver.about(note)).extracting(Received::type)
                .containsExactlyInAnyOrder("NoteCreate", "NoteUpdate", "NoteDelete");
        assertThat(awaitOne(note, "NoteUpdate").json().get("contactId").asText()).isEqualTo(contact);
    }

    @Test
    void theSimulatedUserBooksChangesAndCancelsAppointments() {
        String contact = createContact("{}");
        SimulatedUser user = simulator.user();

        String appointment = user.createAppointment(contact, Map.of("title", "Intro", "startTime", "2026-12-01T10:00:00Z",
                "endTime", "2026-12-01T11:00:00Z")).get("id").asText();
        user.updateAppointment(contact, appointment, Map.of("appointmentStatus", "cancelled"));
        user.deleteAppointment(contact, appointment);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(appointment).size() == 3);
        assertThat(receiver.about(appointment)).extracting(Received::type)
                .containsExactlyInAnyOrder("AppointmentCreate", "AppointmentUpdate", "AppointmentDelete");
        assertThat(awaitOne(appointment, "AppointmentUpdate").json().at("/appointment/appointmentStatus").asText())
                .isEqualTo("cancelled");
    }

    @Test
    void actingAsAUserSendsWebhooksWithoutSpendingApiRequests() {
        long requestsBefore = simulator.lastRequestSequence();

        Reply reply = ghl.withHeaders().post("/_sim/user/locations/" + location + "/contacts", json("{'firstName':'Ui'}"));

        String id = reply.json().at("/contact/id").asText();
        assertThat(reply.status()).isEqualTo(201);
        awaitOne(id, "ContactCreate");
        assertThat(simulator.requests(requestsBefore)).noneMatch(entry -> location.equals(entry.locationId()));
    }

    @Test
    void everyWebhookHasItsOwnId() {
        String id = createContact("{}");
        ghl.put("/contacts/" + id, json("{'city':'Oslo'}"));
        ghl.put("/contacts/" + id, json("{'city':'Bergen'}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(id).size() == 3);
        assertThat(receiver.about(id).stream().map(webhook -> webhook.json().get("webhookId").asText()).distinct()).hasSize(3);
    }

    @Test
    void aWebhookAnsweredWithAServerErrorIsNotRetried() {
        receiver.answer(n -> 500);

        String id = createContact("{}");

        WebhookDelivery delivery = awaitOutcome(id, WebhookDelivery.Outcome.DROPPED);
        assertThat(delivery.statuses()).containsExactly(500);
        assertThat(receiver.about(id)).hasSize(1);
    }

    @Test
    void aWebhookAnswered429IsSentAgainAfterRetryAfter() {
        receiver.answer(n -> n == 1 ? 429 : 200);

        String id = createContact("{}");

        WebhookDelivery delivery = awaitOutcome(id, WebhookDelivery.Outcome.DELIVERED);
        assertThat(delivery.statuses()).containsExactly(429, 200);
        List<Received> attempts = receiver.about(id);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).receivedAt() - attempts.get(0).receivedAt()).isGreaterThanOrEqualTo(1000);
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    }

    @Test
    void aReceiverThatAlwaysAnswers429IsGivenUpOnAfterTheLastAttempt() {
        receiver.answer(n -> 429);
        simulator.webhooks(new WebhookSettings(null, null, 2));

        String id = createContact("{}");

        assertThat(awaitOutcome(id, WebhookDelivery.Outcome.GAVE_UP).statuses()).containsExactly(429, 429);
    }

    @Test
    void aRefusedConnectionLosesTheWebhook() {
        String closed = receiver.url();
        receiver.close();
        simulator.webhooks(new WebhookSettings(null, closed, null));

        String id = createContact("{}");

        WebhookDelivery delivery = awaitOutcome(id, WebhookDelivery.Outcome.DROPPED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.error()).isNotBlank();
    }

    @Test
    void switchedOffWebhooksAreRecordedButNotSent() {
        ghl.withHeaders().put("/_sim/webhooks/settings", "{\"enabled\":false}");

        String id = createContact("{}");

        assertThat(awaitOutcome(id, WebhookDelivery.Outcome.DISABLED).attempts()).isZero();
        assertThat(receiver.about(id)).isEmpty();
    }

    @Test
    void theWebhookLogIsListedByTheControlApi() {
        long since = simulator.lastWebhookSequence();
        String id = createContact("{}");
        awaitOutcome(id, WebhookDelivery.Outcome.DELIVERED);

        Reply reply = ghl.withHeaders().get("/_sim/webhooks?since=" + since);

        assertThat(reply.json().get("deliveries").findValuesAsText("type")).contains("ContactCreate");
        assertThat(reply.json().get("deliveries").findValuesAsText("outcome")).contains("DELIVERED");
    }

    private String createContact(String fields) {
        Reply reply = ghl.post("/contacts/", json(fields).replaceFirst("\\{", "{\"locationId\":\"" + location + "\""
                + (fields.equals("{}") ? "" : ",")));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.json().at("/contact/id").asText();
    }

    private Received awaitOne(String id, String type) {
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.about(id).stream().anyMatch(w -> w.type().equals(type)));
        return receiver.about(id).stream().filter(webhook -> webhook.type().equals(type)).findFirst().orElseThrow();
    }

    private WebhookDelivery awaitOutcome(String id, WebhookDelivery.Outcome outcome) {
        await().atMost(Duration.ofSeconds(15)).until(() -> delivery(id) != null && delivery(id).outcome() == outcome);
        return delivery(id);
    }

    private WebhookDelivery delivery(String contactId) {
        return simulator.webhookDeliveries(0).stream()
                .filter(delivery -> delivery.payload().contains("\"id\":\"" + contactId + "\"")).findFirst().orElse(null);
    }

    /** Checks a base64 signature with the sandbox public key, using the JDK (not the signer's BouncyCastle). */
    private static boolean verifies(byte[] body, String signature, String algorithm, String keyFile) throws Exception {
        try (InputStream in = GhlWebhookTest.class.getResourceAsStream("/sandbox/keys/" + keyFile)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
            PublicKey key = KeyFactory.getInstance(algorithm.equals("Ed25519") ? "Ed25519" : "RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(body);
            return verifier.verify(Base64.getDecoder().decode(signature));
        }
    }
}
