package io.ghlsync.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ops.AdminHttp;
import io.ghlsync.sandbox.simulation.SimulatorCalls;
import io.ghlsync.webhook.InboxBacklog;

/**
 * {@code /actuator/health} and its groups as an operator and a stranger see them, with the connector probes running
 * every 200 ms against the simulators. Rows this class adds to shared tables are its own and removed afterwards.
 */
@SyncAppTest
@DirtiesContext // its connector probes would go on running every 200 ms for the rest of the run
@TestPropertySource(properties = {"ghlsync.health.connector-check-interval=200ms", "ghlsync.health.connector-timeout=2s"})
class HealthEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxBacklog backlog;

    private AdminHttp admin;
    private SimulatorCalls simulators;
    private final String location = "health-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        admin = AdminHttp.withToken(port, "test-admin-token");
        simulators = new SimulatorCalls(port);
    }

    @AfterEach
    void cleanUp() {
        simulators.send("DELETE", "/sandbox/push/_sim/faults", null, Map.of());
        jdbc.update("delete from oauth_token where location_id = ?", location);
        jdbc.update("delete from inbox_event where source = 'opshealth' and location_id = ?", location);
        backlog.recount();
    }

    @Test
    void strangersSeeTheStatusOnlyAndTheAdminEveryComponent() throws Exception {
        JsonNode anonymous = json(AdminHttp.anonymous(port).get("/actuator/health"));
        JsonNode anonymousGroup = json(AdminHttp.anonymous(port).get("/actuator/health/connectors"));
        JsonNode asAdmin = json(admin.get("/actuator/health"));

        assertThat(anonymous.has("status")).isTrue();
        assertThat(anonymous.has("components")).isFalse();
        assertThat(anonymousGroup.has("components")).isFalse();
        assertThat(asAdmin.get("components").fieldNames()).toIterable()
                .contains("db", "auth", "inbox", "ghl", "pushpress", "push", "app");
    }

    @Test
    void everyConnectorIsUpWhileItsSimulatorAnswers() {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode connectors = json(admin.get("/actuator/health/connectors")).get("components");
            for (String connector : new String[] {"ghl", "pushpress", "push", "app"}) {
                assertThat(connectors.at("/" + connector + "/status").asText()).as(connector).isEqualTo("UP");
            }
        });
    }

    @Test
    void aSimulatorThatAnswers503MakesItsConnectorDown() {
        breakPush();

        await().atMost(WAIT).untilAsserted(() -> {
            HttpResponse<String> connectors = admin.get("/actuator/health/connectors");
            JsonNode push = json(connectors).at("/components/push");
            assertThat(connectors.statusCode()).isEqualTo(503);
            assertThat(push.get("status").asText()).isEqualTo("DOWN");
            assertThat(push.at("/details/status").asInt()).isEqualTo(503);
            assertThat(push.at("/details/url").asText()).endsWith("/sandbox/push/api/v1");
        });
    }

    @Test
    void livenessAndReadinessStayUpWhileAConnectorIsDown() {
        breakPush();
        await().atMost(WAIT).until(() -> admin.get("/actuator/health/push").statusCode() == 503);

        assertThat(AdminHttp.anonymous(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(AdminHttp.anonymous(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void aLocationNeedingReauthorisationMakesTheAuthIndicatorDownWithTheReason() throws Exception {
        jdbc.update("insert into oauth_token (location_id, access_token_enc, expires_at, status, status_reason, version,"
                + " updated_at) values (?, 'v1:not-a-token', ?, 'NEEDS_REAUTH', ?, 1, ?)", location,
                Timestamp.from(Instant.now()), "HighLevel's token endpoint refused the grant (400 invalid_grant)",
                Timestamp.from(Instant.now()));

        HttpResponse<String> response = admin.get("/actuator/health/auth");
        JsonNode auth = json(response);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(auth.get("status").asText()).isEqualTo("DOWN");
        assertThat(auth.at("/details/locations/" + location).asText()).contains("refused the grant (400 invalid_grant)");
        assertThat(auth.at("/details/reason").asText()).contains("/oauth/ghl/start");
    }

    @Test
    void anEventWaitingLongerThanTheMaximumAgeMakesTheInboxIndicatorDown() throws Exception {
        Timestamp dayAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        jdbc.update("insert into inbox_event (source, event_key, event_type, location_id, group_key, event_time,"
                + " received_at, payload, status, attempts, next_attempt_at) values ('opshealth', ?, 'Test', ?, ?, ?, ?,"
                + " '{}', 'NEW', 0, ?)", "old-" + location, location, "opshealth:" + location, dayAgo, dayAgo, dayAgo);
        backlog.recount();

        JsonNode inbox = json(admin.get("/actuator/health/inbox"));

        assertThat(inbox.get("status").asText()).isEqualTo("DOWN");
        assertThat(inbox.at("/details/reason").asText()).contains("longer than ghlsync.health.max-backlog-age");
        assertThat(inbox.at("/details/oldestAgeSeconds").asLong()).isGreaterThanOrEqualTo(Duration.ofDays(1).toSeconds());
    }

    private void breakPush() {
        assertThat(simulators.send("POST", "/sandbox/push/_sim/faults",
                "{\"kind\":\"server-error\",\"status\":503,\"count\":100000}", Map.of()).status()).isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
