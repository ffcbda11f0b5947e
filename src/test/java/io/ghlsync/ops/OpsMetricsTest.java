package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlSimulatorControl;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.NewInboxEvent;
import io.ghlsync.webhook.SandboxSigner;

/**
 * The metrics of docs/architecture.md "Metrics" move in {@code /actuator/prometheus} as a scenario runs: signed and
 * unsigned webhooks, a delivery from the inbox, HighLevel calls and a 429, a dead letter. Each test compares the
 * scrape before and after (counters are per application, the gauges read tables other tests share).
 */
@SyncAppTest
class OpsMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    GhlApi ghl;

    @Autowired
    Inbox inbox;

    private AdminHttp admin;
    private final String location = "metrics-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        admin = AdminHttp.withToken(port, "test-admin-token");
    }

    @AfterEach
    void healSimulator() {
        GhlSimulatorControl simulator = new GhlSimulatorControl(port);
        simulator.clearFaults();
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":10000,\"daily\":200000}");
    }

    @Test
    void webhooksMoveTheReceivedAcceptedAndRejectedCounters() {
        double received = admin.metric("ghlsync_events_received_total", "source", "ghl", "type", "ContactCreate");
        double accepted = admin.metric("ghlsync_events_accepted_total", "source", "ghl", "type", "ContactCreate");
        double rejected = admin.metric("ghlsync_events_rejected_total", "source", "ghl", "reason", "signature");

        postSigned(contactCreate());
        postSigned(contactCreate());
        admin.post("/webhooks/ghl", contactCreate());

        assertThat(admin.metric("ghlsync_events_received_total", "source", "ghl", "type", "ContactCreate"))
                .isEqualTo(received + 2);
        assertThat(admin.metric("ghlsync_events_accepted_total", "source", "ghl", "type", "ContactCreate"))
                .isEqualTo(accepted + 2);
        assertThat(admin.metric("ghlsync_events_rejected_total", "source", "ghl", "reason", "signature"))
                .isEqualTo(rejected + 1);
        assertThat(admin.get("/actuator/prometheus").body())
                .contains("ghlsync_inbox_depth ").contains("ghlsync_inbox_oldest_age_seconds ");
    }

    @Test
    void aDeliveryFromTheInboxIsTimedBySourceAndOutcome() throws Exception {
        String source = "opsmetrics";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:inbox-" + source).routeId("ops-metrics-test-handler").log("delivered ${body.size()}");
            }
        });
        try {
            double before = admin.metric("ghlsync_event_processing_seconds_count", "source", source,
                    "outcome", "delivered");

            inbox.store(new NewInboxEvent(source, "metrics-" + UUID.randomUUID(), "Test", location,
                    source + ":" + location, Instant.now(), "{}"));

            await().atMost(Duration.ofSeconds(30)).until(() -> admin.metric("ghlsync_event_processing_seconds_count",
                    "source", source, "outcome", "delivered") == before + 1);
        } finally {
            camel.getRouteController().stopRoute("ops-metrics-test-handler");
            camel.removeRoute("ops-metrics-test-handler");
        }
    }

    @Test
    void highLevelCallsAreCountedByOperationAndStatusWithTheRemainingBudget() {
        double calls = admin.metric("ghlsync_ghl_api_calls_total", "operation", "getContacts", "status", "200");

        ghl.call("getContacts", Map.of("limit", 1));

        assertThat(admin.metric("ghlsync_ghl_api_calls_total", "operation", "getContacts", "status", "200"))
                .isEqualTo(calls + 1);
        assertThat(admin.get("/actuator/prometheus").body())
                .containsPattern("ghlsync_ghl_rate_budget_remaining\\{location=\"sandbox-location\"} \\d+");
    }

    @Test
    void aRateLimitedAnswerFromHighLevelIsCounted() {
        GhlSimulatorControl simulator = new GhlSimulatorControl(port);
        // A one-second interval keeps the wait a 429 asks for (X-RateLimit-Interval-Milliseconds) short.
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":1000,\"daily\":200000}");
        simulator.injectFault("{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":0,\"count\":1,\"operations\":[\"getContacts\"]}");
        double limited = admin.metric("ghlsync_ghl_rate_limited_total", "location", "sandbox-location",
                "operation", "getContacts");

        ghl.call("getContacts", Map.of("limit", 1));

        assertThat(admin.metric("ghlsync_ghl_rate_limited_total", "location", "sandbox-location",
                "operation", "getContacts")).isEqualTo(limited + 1);
    }

    @Test
    void aDeadLetterRaisesTheOpenDeadLettersGauge() throws Exception {
        try (FailingFlow flow = FailingFlow.add(camel, "metrics-failing-flow")) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !Double.isNaN(admin.metric("ghlsync_dead_letters_open")));
            double open = admin.metric("ghlsync_dead_letters_open");

            flow.send(Map.of("n", 1), Map.of("locationId", location, "eventKey", "evt-" + UUID.randomUUID()));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> admin.metric("ghlsync_dead_letters_open") >= open + 1);
        }
    }

    private void postSigned(byte[] body) {
        assertThat(admin.post("/webhooks/ghl", body, "x-ghl-signature", SandboxSigner.ed25519(body)).statusCode())
                .isEqualTo(200);
    }

    private byte[] contactCreate() {
        return ("{\"type\":\"ContactCreate\",\"locationId\":\"" + location + "\",\"id\":\"c-" + UUID.randomUUID()
                + "\",\"webhookId\":\"wh-" + UUID.randomUUID() + "\",\"timestamp\":\""
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
