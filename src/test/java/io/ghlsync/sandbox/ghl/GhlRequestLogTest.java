package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;

/** What the simulator received, for tests that count retries and their spacing. */
@SyncAppTest
class GhlRequestLogTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private final String location = "log-" + UUID.randomUUID();
    private String contact;

    @BeforeEach
    void contactOfOurOwn() {
        ghl = SimulatorHttp.forPort(port);
        contact = ghl.post("/contacts/", json("{'locationId':'" + location + "'}")).json().at("/contact/id").asText();
    }

    @Test
    void eachRequestIsLoggedWithItsOperationLocationStatusAndArrivalTime() {
        long since = simulator.lastRequestSequence();
        long before = System.currentTimeMillis();

        ghl.put("/contacts/" + contact + "/tasks/unknown-task/completed", json("{'completed':true}"));

        RequestLogEntry entry = ours(since).get(0);
        assertThat(entry.sequence()).isGreaterThan(since);
        assertThat(entry.method()).isEqualTo("PUT");
        assertThat(entry.path()).isEqualTo("/contacts/" + contact + "/tasks/unknown-task/completed");
        assertThat(entry.operation()).isEqualTo("updateTaskCompleted");
        assertThat(entry.status()).isEqualTo(404);
        assertThat(entry.receivedAt()).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void refusedRequestsAreLoggedToo() {
        long since = simulator.lastRequestSequence();

        ghl.withHeaders("Version", "2021-07-28").get("/contacts/" + contact);
        ghl.withHeaders("Authorization", "Bearer sandbox-token").get("/contacts/" + contact);

        List<RequestLogEntry> entries = simulator.requests(since).stream()
                .filter(entry -> entry.path().equals("/contacts/" + contact)).toList();
        assertThat(entries).extracting(RequestLogEntry::status).containsExactly(401, 400);
        assertThat(entries).extracting(RequestLogEntry::operation).containsOnly("getContact");
    }

    @Test
    void aLiteralPathIsNotTakenForAParameter() {
        long since = simulator.lastRequestSequence();

        ghl.delete("/contacts/" + contact + "/campaigns/removeAll");

        assertThat(ours(since)).extracting(RequestLogEntry::operation).containsExactly("removeContactFromEveryCampaign");
    }

    @Test
    void theControlApiListsTheRequestsAfterASequenceNumber() {
        long since = simulator.lastRequestSequence();
        ghl.get("/contacts/" + contact);
        ghl.get("/contacts/" + contact + "/notes");

        JsonNode answer = ghl.withHeaders().get("/_sim/requests?since=" + since).json();

        List<String> operations = answer.findValues("operation").stream().map(JsonNode::asText).toList();
        assertThat(operations).containsSubsequence("getContact", "getAllNotes");
        assertThat(answer.get("lastSequence").asLong()).isGreaterThanOrEqualTo(since + 2);
        answer.get("requests").forEach(entry -> assertThat(entry.get("sequence").asLong()).isGreaterThan(since));
    }

    @Test
    void tokenRequestsAreLoggedAsOauthToken() {
        long since = simulator.lastRequestSequence();

        ghl.withHeaders().postForm("/oauth/token", "client_id=sandbox-client-id&client_secret=x&grant_type=refresh_token");

        assertThat(simulator.requests(since)).extracting(RequestLogEntry::operation).contains("oauthToken");
    }

    private List<RequestLogEntry> ours(long since) {
        return simulator.requests(since).stream().filter(entry -> location.equals(entry.locationId())).toList();
    }
}
