package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;

/** GET/POST /api/dead-letters over real HTTP, against a test flow that refuses its records until told otherwise. */
@SyncAppTest
class DeadLetterApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    private FailingFlow flow;
    private AdminHttp admin;

    @BeforeEach
    void startFlow() throws Exception {
        flow = FailingFlow.start(camel, null);
        admin = AdminHttp.admin(port);
    }

    @AfterEach
    void stopFlow() throws Exception {
        flow.close();
    }

    @Test
    void aForcedFailureIsListedWithItsReason() {
        flow.send(producer, "contact-1", "evt-1", Map.of("email", "not-an-email"));

        JsonNode page = admin.json(admin.get("/api/dead-letters?flow=" + flow.id()));

        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("flow").asText()).isEqualTo(flow.id());
        assertThat(item.get("locationId").asText()).isEqualTo(flow.location());
        assertThat(item.get("objectId").asText()).isEqualTo("contact-1");
        assertThat(item.get("status").asText()).isEqualTo("OPEN");
        assertThat(item.get("errorMessage").asText()).isEqualTo("422 from the target: email must be an email");
        assertThat(item.has("payload")).isFalse();
    }

    @Test
    void oneDeadLetterIsReadWithPayloadHeadersAndHistory() {
        flow.send(producer, "contact-1", "evt-1", Map.of("email", "not-an-email"));
        long id = onlyId();

        JsonNode detail = admin.json(admin.get("/api/dead-letters/" + id));

        assertThat(detail.get("id").asLong()).isEqualTo(id);
        assertThat(detail.get("payload").get("email").asText()).isEqualTo("not-an-email");
        assertThat(detail.get("headers").get("eventKey").asText()).isEqualTo("evt-1");
        assertThat(detail.get("history").isArray()).isTrue();
        assertThat(detail.get("attempts").asInt()).isEqualTo(1);
        assertThat(detail.get("firstFailedAt").asText()).isNotBlank();
        assertThat(detail.get("lastFailedAt").asText()).isNotBlank();
    }

    @Test
    void aReplayAfterTheCauseIsFixedResolvesOnceAndASecondReplayIsAConflict() {
        flow.send(producer, "contact-1", "evt-1", Map.of("email", "ana@example.com"));
        long id = onlyId();
        flow.accept();

        JsonNode first = admin.json(admin.post("/api/dead-letters/" + id + "/replay"));
        HttpResponse<String> second = admin.post("/api/dead-letters/" + id + "/replay");

        assertThat(first.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(first.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(AdminHttp.parse(second.body()).get("message").asText())
                .isEqualTo("dead letter " + id + " is RESOLVED, not OPEN: only open dead letters are replayed");
        assertThat(flow.delivered()).containsExactly(Map.of("email", "ana@example.com"));
    }

    @Test
    void aReplayThatFailsAgainSaysSoAndKeepsTheRowOpen() {
        flow.send(producer, "contact-1", "evt-1", Map.of("n", 1));
        long id = onlyId();

        JsonNode answer = admin.json(admin.post("/api/dead-letters/" + id + "/replay"));

        assertThat(answer.get("outcome").asText()).isEqualTo("FAILED_AGAIN");
        assertThat(answer.get("status").asText()).isEqualTo("OPEN");
        assertThat(answer.get("errorMessage").asText()).contains("422 from the target");
        assertThat(admin.json(admin.get("/api/dead-letters/" + id)).get("history").toString()).contains("\"failed\"");
    }

    @Test
    void aBulkReplayCountsEachOutcome() {
        flow.send(producer, "contact-1", "evt-1", Map.of("n", 1));
        flow.send(producer, "contact-2", "evt-2", Map.of("n", 2));
        flow.send(producer, "contact-3", "evt-3", Map.of("n", 3));
        flow.accept();

        JsonNode answer = admin.json(admin.post("/api/dead-letters/replay?flow=" + flow.id() + "&limit=2"));

        assertThat(answer.get("replayed").asInt()).isEqualTo(2);
        assertThat(answer.get("outcomes").get("RESOLVED").asInt()).isEqualTo(2);
        assertThat(answer.get("outcomes").get("FAILED_AGAIN").asInt()).isZero();
        assertThat(flow.delivered()).hasSize(2);
        assertThat(admin.json(admin.get("/api/dead-letters?status=open&flow=" + flow.id())).get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void listingsArePaged() {
        flow.send(producer, "contact-1", "evt-1", Map.of("n", 1));
        flow.send(producer, "contact-2", "evt-2", Map.of("n", 2));
        flow.send(producer, "contact-3", "evt-3", Map.of("n", 3));

        JsonNode page = admin.json(admin.get("/api/dead-letters?flow=" + flow.id() + "&offset=1&limit=1"));

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("objectId").asText()).isEqualTo("contact-2");
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        assertThat(admin.post("/api/dead-letters/999999999/replay").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/dead-letters/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThat(message(admin.get("/api/dead-letters?limit=5000")))
                .isEqualTo("parameter 'limit' must be a whole number from 1 to 200, got '5000'");
        assertThat(message(admin.get("/api/dead-letters?offset=-1")))
                .isEqualTo("parameter 'offset' must be a whole number from 0 to 2147483647, got '-1'");
        assertThat(message(admin.get("/api/dead-letters?status=LOST")))
                .isEqualTo("parameter 'status' must be OPEN, REPLAYING or RESOLVED, got 'LOST'");
        assertThat(message(admin.get("/api/dead-letters/abc")))
                .isEqualTo("parameter 'id' must be a dead letter's number, got 'abc'");
        assertThat(message(admin.post("/api/dead-letters/replay?limit=x")))
                .isEqualTo("parameter 'limit' must be a whole number from 1 to 100, got 'x'");
    }

    @Test
    void withoutTheAdminTokenEveryCallIs401() {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        assertThat(anonymous.get("/api/dead-letters").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/dead-letters/1").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/dead-letters/1/replay").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/dead-letters/replay").statusCode()).isEqualTo(401);
    }

    private String message(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = AdminHttp.parse(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("Bad Request");
        return body.get("message").asText();
    }

    private long onlyId() {
        JsonNode page = admin.json(admin.get("/api/dead-letters?flow=" + flow.id()));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        return page.get("items").get(0).get("id").asLong();
    }
}
