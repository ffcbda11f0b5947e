package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/**
 * Faults switched on at run time. Each test confines its fault to a location of its own, so that
 * whatever else runs in the app is not hit.
 */
@SyncAppTest
class GhlFaultInjectionTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private final String location = "faults-" + UUID.randomUUID();
    private String contact;

    @BeforeEach
    void contactOfOurOwn() {
        ghl = SimulatorHttp.forPort(port);
        contact = ghl.post("/contacts/", json("{'locationId':'" + location + "','firstName':'Faye'}")).json()
                .at("/contact/id").asText();
    }

    @AfterEach
    void clearFaults() {
        simulator.clearFaults();
    }

    @Test
    void aServerErrorFaultAnswersItsStatusForTheNextRequestsOnly() {
        inject("{'kind':'SERVER_ERROR','status':503,'count':2}");

        assertThat(getContact().status()).isEqualTo(503);
        assertThat(getContact().json().toString()).isEqualTo("{\"statusCode\":503,\"message\":\"Service Unavailable\"}");
        assertThat(getContact().status()).isEqualTo(200);
    }

    @Test
    void aRateLimitFaultAnswers429WithItsRetryAfter() {
        inject("{'kind':'RATE_LIMIT','count':1,'retryAfterSeconds':7}");

        Reply reply = getContact();

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("7");
        assertThat(reply.json().get("message").asText()).isEqualTo("Too many requests");
    }

    @Test
    void aLatencyFaultDelaysTheAnswer() {
        inject("{'kind':'LATENCY','delayMillis':400,'count':1}");
        long since = simulator.lastRequestSequence();

        assertThat(getContact().status()).isEqualTo(200);

        RequestLogEntry entry = entryFor(since, "getContact");
        assertThat(entry.durationMillis()).isGreaterThanOrEqualTo(400);
        assertThat(entry.fault()).isEqualTo("LATENCY");
    }

    @Test
    void aTimeoutFaultHoldsTheAnswerLongerThanTheClientWaits() throws Exception {
        inject("{'kind':'TIMEOUT','delayMillis':3000,'count':1}");
        long since = simulator.lastRequestSequence();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ghl.baseUrl() + "/contacts/" + contact))
                .header("Authorization", "Bearer sandbox-token").header("Version", "2021-07-28")
                .timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> simulator.requests(since).stream()
                .anyMatch(entry -> "TIMEOUT".equals(entry.fault()) && entry.durationMillis() >= 3000));
    }

    @Test
    void aTruncatedBodyFaultKeepsTheStatusAndCutsTheJson() {
        String whole = getContact().raw();
        inject("{'kind':'TRUNCATED_BODY','count':1}");

        Reply reply = getContact();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).isNotEmpty().hasSizeLessThan(whole.length());
        assertThat(whole).startsWith(reply.raw());
        assertThatThrownBy(() -> SimulatorHttp.JSON.readTree(reply.raw())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aMalformedBodyFaultSendsSomethingThatIsNotJson() {
        inject("{'kind':'MALFORMED_BODY','count':1}");

        Reply reply = getContact();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThatThrownBy(() -> SimulatorHttp.JSON.readTree(reply.raw())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aFaultForOneOperationLeavesTheOthersAlone() {
        inject("{'kind':'SERVER_ERROR','operations':['getAllTasks']}");

        assertThat(getContact().status()).isEqualTo(200);
        assertThat(ghl.get("/contacts/" + contact + "/tasks").status()).isEqualTo(500);
    }

    @Test
    void clearedFaultsNoLongerApply() {
        inject("{'kind':'SERVER_ERROR'}");
        assertThat(getContact().status()).isEqualTo(500);

        assertThat(ghl.withHeaders().delete("/_sim/faults").status()).isEqualTo(204);

        assertThat(getContact().status()).isEqualTo(200);
        assertThat(simulator.faults()).isEmpty();
    }

    @Test
    void aFaultThatNeverFiresLeavesEveryRequestAlone() {
        inject("{'kind':'SERVER_ERROR','probability':0}");

        for (int i = 0; i < 5; i++) {
            assertThat(getContact().status()).isEqualTo(200);
        }
    }

    @Test
    void aCountedFaultHitsExactlyItsCount() {
        simulator.injectFault(FaultSpec.serverError(500, 3).onlyLocations(location).withProbability(0.5));

        int failures = 0;
        for (int i = 0; i < 60; i++) {
            failures += getContact().status() == 500 ? 1 : 0;
        }

        assertThat(failures).isEqualTo(3);
    }

    @Test
    void anInvalidFaultIsRefusedSayingWhy() {
        Reply reply = ghl.withHeaders().post("/_sim/faults", json("{'kind':'SERVER_ERROR','status':404}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("status of a SERVER_ERROR must be 500-599");
    }

    private void inject(String fault) {
        String scoped = json(fault).replaceFirst("\\{", "{\"locationIds\":[\"" + location + "\"],");
        Reply reply = ghl.withHeaders().post("/_sim/faults", scoped);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private Reply getContact() {
        return ghl.get("/contacts/" + contact);
    }

    private RequestLogEntry entryFor(long since, String operation) {
        return simulator.requests(since).stream().filter(entry -> operation.equals(entry.operation())
                && location.equals(entry.locationId())).findFirst().orElseThrow();
    }
}
