package io.ghlsync.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;

/** {@code GET /sandbox/stats} totals of the three target simulators, as other instances and scripts read them. */
@SyncAppTest
class TargetSimulatorStatsTest {

    @LocalServerPort
    int port;

    private SimulatorCalls calls;

    @BeforeEach
    void resetTargetSimulators() {
        calls = new SimulatorCalls(port);
        for (String name : new String[] {"pushpress", "push", "app"}) {
            calls.send("POST", "/sandbox/" + name + "/_sim/reset", null, Map.of());
        }
    }

    @Test
    void sandboxStatsShowEachTargetSimulatorsRequestsAndRateLimitedTotals() {
        calls.send("POST", "/sandbox/pushpress/_sim/faults", Map.of("kind", "rate-limit", "count", 1), Map.of());
        calls.get("/sandbox/pushpress/v3/customers", Map.of());
        calls.get("/sandbox/pushpress/v3/customers", Map.of());
        calls.send("POST", "/sandbox/push/api/v1/notify", Map.of("title", "t", "body", "b"), Map.of());
        calls.get("/sandbox/app/tasks?customerId=usr_1", Map.of());
        calls.get("/sandbox/app/tasks?customerId=usr_1", Map.of());
        calls.get("/sandbox/app/tasks?customerId=usr_1", Map.of());

        JsonNode stats = calls.get("/sandbox/stats", Map.of()).body();

        assertThat(stats.get("pushpress").get("requests").asLong()).isEqualTo(2);
        assertThat(stats.get("pushpress").get("rateLimited").asLong()).isEqualTo(1);
        assertThat(stats.get("push").get("requests").asLong()).isEqualTo(1);
        assertThat(stats.get("push").get("rateLimited").asLong()).isZero();
        assertThat(stats.get("app").get("requests").asLong()).isEqualTo(3);
    }

    @Test
    void controlApiCallsAreNotCounted() {
        calls.get("/sandbox/push/_sim/requests", Map.of());
        calls.get("/sandbox/push/_sim/notifications", Map.of());
        calls.get("/sandbox/push/_sim/faults", Map.of());

        assertThat(calls.get("/sandbox/stats", Map.of()).body().get("push").get("requests").asLong()).isZero();
    }

    @Test
    void theControlApiRefusesABadFaultNamingTheProblem() {
        SimulatorCalls.Answer answer = calls.send("POST", "/sandbox/app/_sim/faults", Map.of("kind", "meteor"), Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).startsWith("kind must be one of");
    }

    @Test
    void theControlApiHasNoWebhooksForPushWhichSendsNone() {
        assertThat(calls.get("/sandbox/push/_sim/webhooks", Map.of()).status()).isEqualTo(404);
    }
}
