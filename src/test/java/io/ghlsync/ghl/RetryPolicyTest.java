package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ghl.GhlSimulatorControl.Request;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the client does when HighLevel misbehaves: faults are injected into the simulator, and the
 * number and spacing of attempts are read from the simulator's request log (its own clock), never
 * from sleeps in the test. Short timeouts and backoffs keep the suite quick.
 */
@FastRetries
class RetryPolicyTest {

    private static final String LOCATION = "sandbox-location";

    @Autowired
    GhlApi ghl;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;
    private String contactId;

    @BeforeEach
    void contact() {
        simulator = new GhlSimulatorControl(port);
        // A one-second window keeps the waits a 429 asks for (X-RateLimit-Interval-Milliseconds) short.
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":1000,\"daily\":200000}");
        contactId = ghl.call("createContact", Map.of(), Map.of("email", "retry." + UUID.randomUUID() + "@example.com"))
                .at("/contact/id").asText();
    }

    @AfterEach
    void healSimulator() {
        simulator.clearFaults();
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":10000,\"daily\":200000}");
    }

    @Test
    void a429IsRetriedNoSoonerThanTheRateLimitIntervalTheAnswerReports() {
        simulator.injectFault("{\"kind\":\"RATE_LIMIT\",\"count\":2,\"retryAfterSeconds\":0,\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        JsonNode answer = ghl.call("getContact", Map.of("contactId", contactId));

        assertThat(answer.at("/contact/id").asText()).isEqualTo(contactId);
        List<Request> attempts = simulator.requestsSince(mark, "getContact");
        assertThat(attempts).extracting(Request::status).containsExactly(429, 429, 200);
        // X-RateLimit-Interval-Milliseconds: 1000, longer than our own backoff (200 ms, then 400 ms)
        assertThat(gap(attempts, 0, 1)).isGreaterThanOrEqualTo(1000);
        assertThat(gap(attempts, 1, 2)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aRetryAfterLongerThanTheIntervalIsHonoured() {
        simulator.injectFault("{\"kind\":\"RATE_LIMIT\",\"count\":1,\"retryAfterSeconds\":2,\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        ghl.call("getContact", Map.of("contactId", contactId));

        List<Request> attempts = simulator.requestsSince(mark, "getContact");
        assertThat(attempts).extracting(Request::status).containsExactly(429, 200);
        assertThat(gap(attempts, 0, 1)).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void every429IsCountedWithItsLocationAndOperation() {
        double before = rateLimited("getContact");
        simulator.injectFault("{\"kind\":\"RATE_LIMIT\",\"count\":2,\"retryAfterSeconds\":0,\"operations\":[\"getContact\"]}");

        ghl.call("getContact", Map.of("contactId", contactId));

        assertThat(rateLimited("getContact") - before).isEqualTo(2.0);
    }

    @Test
    void when429sOutlastTheRetriesTheTypedErrorSaysHowManyAttemptsWereMade() {
        simulator.injectFault("{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":0,\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("getContact", Map.of("contactId", contactId)))
                .isInstanceOfSatisfying(RateLimitExhaustedException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.dailyBudgetSpent()).isFalse();
                    assertThat(e.locationId()).isEqualTo(LOCATION);
                    assertThat(e.operation()).isEqualTo("getContact");
                });
        assertThat(simulator.requestsSince(mark, "getContact")).hasSize(3);
    }

    @Test
    void aSpentDailyBudgetFailsAtOnceWithoutRetrying() {
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":1000,\"daily\":1}");
        ghl.call("getContact", Map.of("contactId", contactId));
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("getContact", Map.of("contactId", contactId)))
                .isInstanceOfSatisfying(RateLimitExhaustedException.class, e -> assertThat(e.dailyBudgetSpent()).isTrue())
                .hasMessageContaining("X-RateLimit-Daily-Remaining: 0");
        assertThat(simulator.requestsSince(mark, "getContact")).extracting(Request::status).containsExactly(429);
    }

    @Test
    void aServerErrorIsRetriedWithGrowingJitteredBackoff() {
        simulator.injectFault("{\"kind\":\"SERVER_ERROR\",\"status\":503,\"count\":2,\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        ghl.call("getContact", Map.of("contactId", contactId));

        List<Request> attempts = simulator.requestsSince(mark, "getContact");
        assertThat(attempts).extracting(Request::status).containsExactly(503, 503, 200);
        // Backoff 200 ms doubling, each wait between half and all of its step.
        assertThat(gap(attempts, 0, 1)).isGreaterThanOrEqualTo(100);
        assertThat(gap(attempts, 1, 2)).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aServerErrorOnACreateIsNotRepeatedBecauseTheCreateMayHaveHappened() {
        simulator.injectFault("{\"kind\":\"SERVER_ERROR\",\"status\":502,\"count\":1,\"operations\":[\"createTask\"]}");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("createTask", Map.of("contactId", contactId), task()))
                .isInstanceOfSatisfying(GhlApiException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(simulator.requestsSince(mark, "createTask")).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedForAReadAndTheSecondAttemptAnswers() {
        double timeouts = meters.counter("ghlsync.ghl.api.calls", "operation", "getAllTasks", "status", "timeout").count();
        simulator.injectFault("{\"kind\":\"TIMEOUT\",\"count\":1,\"delayMillis\":4000,\"operations\":[\"getAllTasks\"]}");
        long mark = simulator.mark();

        assertThat(ghl.call("getAllTasks", Map.of("contactId", contactId)).has("tasks")).isTrue();

        assertThat(meters.counter("ghlsync.ghl.api.calls", "operation", "getAllTasks", "status", "timeout").count() - timeouts)
                .isEqualTo(1.0);
        // The held request is logged when the simulator finally answers it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator.requestsSince(mark, "getAllTasks")).hasSize(2));
    }

    @Test
    void aTimeoutOnACreateFailsWithoutASecondRequest() {
        simulator.injectFault("{\"kind\":\"TIMEOUT\",\"count\":1,\"delayMillis\":4000,\"operations\":[\"createTask\"]}");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("createTask", Map.of("contactId", contactId), task()))
                .isInstanceOfSatisfying(GhlUnavailableException.class, e -> assertThat(e.attempts()).isEqualTo(1));

        // HighLevel (here the simulator) did create the task after all: a repeat would have made two.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator.requestsSince(mark, "createTask")).extracting(Request::status).containsExactly(201));
        assertThat(ghl.call("getAllTasks", Map.of("contactId", contactId)).get("tasks")).hasSize(1);
    }

    @Test
    void aMalformedAnswerToAReadIsRetried() {
        simulator.injectFault("{\"kind\":\"MALFORMED_BODY\",\"count\":1,\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        assertThat(ghl.call("getContact", Map.of("contactId", contactId)).at("/contact/id").asText()).isEqualTo(contactId);
        assertThat(simulator.requestsSince(mark, "getContact")).hasSize(2);
    }

    @Test
    void anAnswerThatStaysMalformedEndsInATypedErrorAfterTheLastAttempt() {
        simulator.injectFault("{\"kind\":\"MALFORMED_BODY\",\"operations\":[\"getContact\"]}");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("getContact", Map.of("contactId", contactId)))
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.attempts()).isEqualTo(3))
                .hasMessageContaining("malformed body");
        assertThat(simulator.requestsSince(mark, "getContact")).hasSize(3);
    }

    @Test
    void aTruncatedAnswerToACreateIsNotRepeatedSoTheContactExistsOnce() {
        String email = "truncated." + UUID.randomUUID() + "@example.com";
        simulator.injectFault("{\"kind\":\"TRUNCATED_BODY\",\"count\":1,\"operations\":[\"createContact\"]}");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("createContact", Map.of(), Map.of("email", email)))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not repeated");
        assertThat(simulator.requestsSince(mark, "createContact")).hasSize(1);
        assertThat(ghl.call("searchContactsAdvanced", Map.of(), Map.of("query", email)).get("contacts")).hasSize(1);
    }

    @Test
    void aValidationErrorKeepsEveryMessageOfThe422() {
        assertThatThrownBy(() -> ghl.call("createTask", Map.of("contactId", contactId), Map.of("body", "no title, no due date")))
                .isInstanceOfSatisfying(GhlApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.messages()).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(e.getMessage()).contains(e.messages().get(0)).contains(e.messages().get(1));
                });
    }

    private static Map<String, Object> task() {
        return Map.of("title", "Call back", "dueDate", "2030-01-01T10:00:00.000Z", "completed", false);
    }

    private double rateLimited(String operation) {
        Counter counter = meters.find("ghlsync.ghl.rate.limited").tags("location", LOCATION, "operation", operation).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long gap(List<Request> attempts, int from, int to) {
        return attempts.get(to).receivedAt() - attempts.get(from).receivedAt();
    }
}
