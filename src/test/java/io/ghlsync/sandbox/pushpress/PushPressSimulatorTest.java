package io.ghlsync.sandbox.pushpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.simulation.Signatures;
import io.ghlsync.sandbox.simulation.SimulatorCalls;
import io.ghlsync.sandbox.simulation.SimulatorCalls.Answer;
import io.ghlsync.sandbox.simulation.WebhookReceiver;

@SyncAppTest
class PushPressSimulatorTest {

    private static final String API = "/sandbox/pushpress/v3/customers";
    private static final String STAFF = "/sandbox/pushpress/_sim/customers";
    private static final Map<String, String> CREDENTIALS = Map.of("API-KEY", "sandbox-key",
            "company-id", "sandbox-company");

    @LocalServerPort
    int port;

    @Autowired
    PushPressSimulator gym;

    private final ObjectMapper json = new ObjectMapper();
    private SimulatorCalls calls;
    private WebhookReceiver receiver;

    @BeforeEach
    void freshGymSendingWebhooksToALocalReceiver() throws Exception {
        calls = new SimulatorCalls(port);
        receiver = new WebhookReceiver();
        calls.send("POST", "/sandbox/pushpress/_sim/reset", null, Map.of());
        calls.send("PUT", "/sandbox/pushpress/_sim/webhooks", Map.of("url", receiver.url(), "enabled", true), Map.of());
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aRequestWithoutApiKeyIs401InPushPressShape() {
        Answer answer = calls.get(API, Map.of("company-id", "sandbox-company"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("message").asText()).isEqualTo("Missing API-KEY header");
    }

    @Test
    void aCompanyTheKeyDoesNotServeIs403() {
        Answer answer = calls.get(API, Map.of("API-KEY", "sandbox-key", "company-id", "cli_elsewhere"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("message").asText()).isEqualTo("API key has no access to company 'cli_elsewhere'");
    }

    @Test
    void aLeadWithoutEmailIsRefusedNamingTheField() {
        Answer answer = calls.send("POST", API, Map.of("name", Map.of("first", "Ava")), CREDENTIALS);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).isEqualTo("email is required");
        assertThat(gym.customers()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsA400InPushPressShape() {
        Answer answer = calls.send("POST", API, "{\"email\":", CREDENTIALS);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).contains("not valid JSON");
    }

    @Test
    void aLeadCannotBeCreatedWithARole() {
        Answer answer = calls.send("POST", API, Map.of("email", "a@example.com", "role", "member"), CREDENTIALS);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).startsWith("role is not accepted");
    }

    @Test
    void aSecondCustomerWithTheSameEmailIsAConflict() {
        calls.send("POST", API, Map.of("email", "ava@example.com"), CREDENTIALS);

        Answer answer = calls.send("POST", API, Map.of("email", "AVA@example.com"), CREDENTIALS);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(gym.customers()).hasSize(1);
    }

    @Test
    void beyondItsRateLimitItAnswers429WithRetryAfter() {
        calls.send("PUT", "/sandbox/pushpress/_sim/rate-limit", Map.of("requests", 2, "windowMillis", 60_000), Map.of());

        List<Integer> statuses = List.of(calls.get(API, CREDENTIALS).status(), calls.get(API, CREDENTIALS).status());
        Answer limited = calls.get(API, CREDENTIALS);

        assertThat(statuses).containsExactly(200, 200);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.body().get("message").asText()).startsWith("Too many requests");
        assertThat(gym.service().stats().rateLimited()).isEqualTo(1);
    }

    @Test
    void injectedFaultsAreServedInTheirOrderThenServiceResumes() {
        calls.send("POST", "/sandbox/pushpress/_sim/faults", Map.of("kind", "server-error", "status", 502), Map.of());
        calls.send("POST", "/sandbox/pushpress/_sim/faults", Map.of("kind", "rate-limit", "retryAfterSeconds", 7), Map.of());

        Answer first = calls.get(API, CREDENTIALS);
        Answer second = calls.get(API, CREDENTIALS);
        Answer third = calls.get(API, CREDENTIALS);

        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(502, 429, 200);
        assertThat(second.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void theRequestLogListsRequestsAfterACursorWithTheServerTime() {
        calls.get(API, CREDENTIALS);
        calls.get(API + "/usr_nobody", CREDENTIALS);

        JsonNode all = calls.get("/sandbox/pushpress/_sim/requests?since=0", Map.of()).body();
        long firstSeq = all.get("requests").get(0).get("seq").asLong();
        JsonNode later = calls.get("/sandbox/pushpress/_sim/requests?since=" + firstSeq, Map.of()).body();

        assertThat(Instant.parse(all.get("serverTime").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(all.get("requests")).hasSize(2);
        assertThat(later.get("requests")).singleElement().satisfies(request -> {
            assertThat(request.get("path").asText()).isEqualTo(API + "/usr_nobody");
            assertThat(request.get("status").asInt()).isEqualTo(404);
        });
    }

    @Test
    void aLeadCreatedThroughTheApiEmitsASignedCustomerCreated() {
        JsonNode lead = calls.send("POST", API, Map.of("email", "ava@example.com", "name", Map.of("first", "Zoë")),
                CREDENTIALS).body();

        JsonNode webhook = receiver.awaitBodies(1).get(0);

        assertThat(webhook.get("event").asText()).isEqualTo("customer.created");
        assertThat(webhook.get("created").isIntegralNumber()).isTrue();
        assertThat(webhook.get("data")).isEqualTo(lead);
    }

    @Test
    void everyWebhookIsSignedOverJsonStringifyOfItsData() throws Exception {
        calls.send("POST", API, Map.of("email", "zoe@example.com", "name", Map.of("first", "Zoë", "last", "O'Brien")),
                CREDENTIALS);

        WebhookReceiver.Received received = receiver.awaitReceived(1).get(0);
        String raw = new String(received.body(), StandardCharsets.UTF_8);
        // The data as sent: the body is {"event":…,"created":…,"data":<data>}.
        String data = raw.substring(raw.indexOf("\"data\":") + "\"data\":".length(), raw.length() - 1);

        assertThat(json.writeValueAsString(json.readTree(data))).isEqualTo(data); // compact, as JSON.stringify
        assertThat(received.header("webhook-signature"))
                .isEqualTo(Signatures.hexHmacSha256("sandbox-pushpress-secret", data));
    }

    @Test
    void staffEditingDetailsEmitsDetailsChanged() {
        String id = staffCreates("ava@example.com");

        calls.send("PATCH", STAFF + "/" + id, Map.of("phone", "+15550001234"), Map.of());

        JsonNode changed = receiver.awaitBodies(2).get(1);
        assertThat(changed.get("event").asText()).isEqualTo("customer.details.changed");
        assertThat(changed.get("data").get("phone").asText()).isEqualTo("+15550001234");
    }

    @Test
    void staffChangingTheMembershipStatusEmitsStatusChanged() {
        String id = staffCreates("ava@example.com");

        calls.send("PUT", STAFF + "/" + id + "/role", Map.of("role", "ex-member"), Map.of());

        JsonNode changed = receiver.awaitBodies(2).get(1);
        assertThat(changed.get("event").asText()).isEqualTo("customer.status.changed");
        assertThat(changed.get("data").get("role").asText()).isEqualTo("ex-member");
    }

    @Test
    void aDeleteEmitsOnlyTheIdAndCompany() throws Exception {
        String id = staffCreates("ava@example.com");

        calls.send("DELETE", API + "/" + id, null, CREDENTIALS);

        JsonNode deleted = receiver.awaitBodies(2).get(1);
        assertThat(deleted.get("event").asText()).isEqualTo("customer.deleted");
        assertThat(deleted.get("data")).isEqualTo(json.readTree("{\"id\":\"" + id + "\",\"companyId\":\"sandbox-company\"}"));
    }

    @Test
    void aChangeThatChangesNothingEmitsNothing() {
        String id = staffCreates("ava@example.com");

        calls.send("PATCH", API + "/" + id, Map.of("email", "ava@example.com"), CREDENTIALS);
        calls.send("PATCH", API + "/" + id, Map.of("phone", "+15550001234"), CREDENTIALS);

        // Same lane, in order: had the no-op emitted, the second webhook would carry no phone yet.
        JsonNode second = receiver.awaitBodies(2).get(1);
        assertThat(second.get("event").asText()).isEqualTo("customer.details.changed");
        assertThat(second.get("data").get("phone").asText()).isEqualTo("+15550001234");
    }

    @Test
    void theEventsOfOneCustomerArriveInTheOrderTheyHappened() {
        String id = staffCreates("ava@example.com");
        calls.send("PATCH", STAFF + "/" + id, Map.of("phone", "+15550001234"), Map.of());
        calls.send("PUT", STAFF + "/" + id + "/role", Map.of("role", "ex-member"), Map.of());
        calls.send("DELETE", STAFF + "/" + id, null, Map.of());

        assertThat(receiver.awaitBodies(4)).extracting(w -> w.get("event").asText()).containsExactly("customer.created",
                "customer.details.changed", "customer.status.changed", "customer.deleted");
    }

    @Test
    void webhooksSwitchedOffAreNotSent() {
        calls.send("PUT", "/sandbox/pushpress/_sim/webhooks", Map.of("enabled", false), Map.of());
        staffCreates("unheard@example.com");
        calls.send("PUT", "/sandbox/pushpress/_sim/webhooks", Map.of("enabled", true), Map.of());
        staffCreates("heard@example.com");

        assertThat(receiver.awaitBodies(1)).extracting(w -> w.get("data").get("email").asText())
                .containsExactly("heard@example.com");
    }

    @Test
    void eachDeliveryIsRecordedWithItsOutcome() {
        staffCreates("ava@example.com");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        receiver.close();
        staffCreates("liam@example.com");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode deliveries = calls.get("/sandbox/pushpress/_sim/webhooks?since=0", Map.of()).body().get("deliveries");
            assertThat(deliveries).hasSize(2);
            assertThat(deliveries.get(0).get("status").asInt()).isEqualTo(200);
            assertThat(deliveries.get(1).get("status").isNull()).isTrue();
            assertThat(deliveries.get(1).get("error").asText()).contains("ConnectException");
        });
    }

    @Test
    void staffWorkIsNeitherCountedNorLoggedAsApiRequests() {
        staffCreates("ava@example.com");

        assertThat(gym.service().stats().requests()).isZero();
        assertThat(gym.service().requests(0)).isEmpty();
    }

    private String staffCreates(String email) {
        Answer created = calls.send("POST", STAFF, Map.of("email", email, "name", Map.of("first", "Staff", "last", "Made")),
                Map.of());
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asText();
    }
}
