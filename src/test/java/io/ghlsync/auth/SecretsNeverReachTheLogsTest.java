package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.ghlsync.GhlSyncApplication;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlSimulatorControl;
import io.ghlsync.ghl.ReauthorizationRequiredException;
import io.ghlsync.ops.AdminHttp;
import io.ghlsync.ops.FailingFlow;
import io.ghlsync.ops.SandboxOAuth;
import io.ghlsync.ops.SlackReceiver;
import io.ghlsync.sandbox.simulation.SimulatorCalls;
import io.ghlsync.target.app.AppClient;
import io.ghlsync.target.push.PushClient;
import io.ghlsync.target.pushpress.PushPressClient;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A whole run with JSON logs on, every secret given a value of its own: the application is started, a location is
 * connected through OAuth and its token refreshed and finally refused, signed webhooks arrive from all three
 * senders, PushPress, Push and the app are called (and Push fails), the admin surface is used, a dead letter raises
 * alerts by Slack (which refuses them) and e-mail, and the application stops. Everything it printed, from start to
 * stop, is searched for every secret in play. The one value printed on purpose is the sandbox's HighLevel API token
 * ({@code ghlsync.sandbox.token}): by the sandbox's convention it is shown in the startup banner, so that a newcomer
 * can call the simulator; it grants nothing outside the simulator. The sandbox OAuth client secret is fixed
 * ({@code sandbox-client-secret}); it is searched for too.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverReachTheLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCATION = "secrets-location";

    @Test
    void noSecretOfAFullScenarioAppearsInTheJsonLogs(CapturedOutput output) throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("admin token", "admin-" + random());
        secrets.put("encryption key", Base64.getEncoder().encodeToString(bytes(32)));
        secrets.put("PushPress API key", "pp-key-" + random());
        secrets.put("PushPress signing secret", "pp-signing-" + random());
        secrets.put("Push API key", "push-key-" + random());
        secrets.put("app credential", "app-key-" + random());
        secrets.put("app signing secret", "app-signing-" + random());
        secrets.put("SMTP password", "smtp-" + random());
        secrets.put("OAuth client secret", OAuthApp.SANDBOX_CLIENT_SECRET);
        String sandboxToken = "sandbox-token-" + random();
        SlackReceiver slack = SlackReceiver.start();
        secrets.put("Slack webhook URL", slack.secret());
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        smtp.setUser("ops@example.com", "alerts", secrets.get("SMTP password"));

        List<String> properties = new ArrayList<>(List.of(
                "spring.config.location=classpath:/", "spring.main.banner-mode=off", "ghlsync.logging.format=json",
                "ghlsync.sandbox.location-id=" + LOCATION, "ghlsync.sandbox.token=" + sandboxToken,
                "ghlsync.admin.token=" + secrets.get("admin token"),
                "ghlsync.auth.encryption-key=" + secrets.get("encryption key"),
                "ghlsync.pushpress.simulator.api-key=" + secrets.get("PushPress API key"),
                "ghlsync.pushpress.simulator.webhooks.secret=" + secrets.get("PushPress signing secret"),
                "ghlsync.webhooks.pushpress.sandbox-signing-secret=" + secrets.get("PushPress signing secret"),
                "ghlsync.push.simulator.api-key=" + secrets.get("Push API key"),
                "ghlsync.app.simulator.auth-value=Bearer " + secrets.get("app credential"),
                "ghlsync.app.simulator.webhooks.secret=" + secrets.get("app signing secret"),
                "ghlsync.webhooks.app.sandbox-signing-secret=" + secrets.get("app signing secret"),
                "ghlsync.alerts.group-wait=200ms", "ghlsync.alerts.window=2s",
                "ghlsync.alerts.slack.webhook-url=" + slack.webhookUrl(),
                "ghlsync.alerts.email.host=127.0.0.1", "ghlsync.alerts.email.port=" + smtp.getSmtp().getPort(),
                "ghlsync.alerts.email.username=alerts", "ghlsync.alerts.email.password=" + secrets.get("SMTP password"),
                "ghlsync.alerts.email.to=ops@example.com", "ghlsync.push.http.max-attempts=2"));

        // Logging is set up once per JVM: other tests' applications set it up as text already. Undo that, as a
        // fresh process would start, so that this application sets it up as JSON (its close undoes it again).
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        // As command-line arguments, which outrank application.yaml (builder properties would not).
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GhlSyncApplication.class).profiles("test")
                .registerShutdownHook(false).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        try {
            run(app, secrets, slack, smtp);
        } finally {
            // Leave no location needing re-authorisation behind (PostgreSQL runs share the table).
            app.getBean(JdbcTemplate.class).update("delete from oauth_token where location_id = ?", LOCATION);
            app.close();
            slack.close();
            smtp.stop();
        }

        String printed = output.getAll();
        secrets.forEach((name, value) -> assertThat(printed).as(name).doesNotContain(value));
        assertThat(printed).as("the sandbox token, in the banner by design").contains("API token           " + sandboxToken);
        assertThat(printed).as("Slack's refusal, logged").contains("An alert channel did not take the alert");
        assertThat(printed).as("no invented password").doesNotContain("generated security password");
        assertLinesAreJsonWithCorrelationIds(printed);
    }

    private void run(ConfigurableApplicationContext app, Map<String, String> secrets, SlackReceiver slack,
                     GreenMail smtp) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        OAuthTokenStore tokens = app.getBean(OAuthTokenStore.class);
        GhlApi ghl = app.getBean(GhlApi.class);
        GhlSimulatorControl highLevel = new GhlSimulatorControl(port);
        SimulatorCalls simulators = new SimulatorCalls(port);
        AdminHttp admin = AdminHttp.withToken(port, secrets.get("admin token"));

        // OAuth: connect, call, have the access token refused and refreshed.
        SandboxOAuth.connect(port);
        remember(secrets, "first", tokens.find(LOCATION).orElseThrow().grant());
        ghl.call("getContacts", Map.of("limit", 2));
        highLevel.expireAccessTokens();
        ghl.call("getContacts", Map.of("limit", 2));
        remember(secrets, "refreshed", tokens.find(LOCATION).orElseThrow().grant());

        // Signed webhooks from each sender, and one forged.
        simulators.send("POST", "/sandbox/ghl/_sim/user/locations/" + LOCATION + "/contacts",
                Map.of("email", "zoe@example.com", "firstName", "Zoe"), Map.of());
        simulators.send("POST", "/sandbox/pushpress/_sim/customers",
                Map.of("email", "ava@example.com", "name", Map.of("first", "Ava", "last", "Smith")), Map.of());
        simulators.send("POST", "/sandbox/app/_sim/tasks", Map.of("customerId", "cust-1", "title", "Call back"), Map.of());
        admin.post("/webhooks/app", "{\"id\":\"forged\"}".getBytes(), "x-app-signature", "00");
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> meters.find("ghlsync.events.accepted").counters().stream()
                .map(counter -> counter.getId().getTag("source")).distinct().count() == 3);

        // The other apps: a lead, a notification, a task; then Push fails after its retries.
        app.getBean(PushPressClient.class).createLead(Map.of("email", "lead@example.com",
                "name", Map.of("first", "Lea", "last", "Lead")));
        app.getBean(PushClient.class).send(Map.of("title", "New lead", "body", "Lea signed up"));
        app.getBean(AppClient.class).createTask(Map.of("customerId", "cust-1", "title", "Welcome call"));
        simulators.send("POST", "/sandbox/push/_sim/faults", Map.of("kind", "server-error", "status", 503, "count", 2),
                Map.of());
        assertThatThrownBy(() -> app.getBean(PushClient.class).send(Map.of("title", "t", "body", "b")))
                .hasMessageContaining("503");

        // The admin surface, with the token and with a wrong one.
        assertThat(admin.get("/actuator/health").statusCode()).isIn(200, 503);
        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(AdminHttp.withToken(port, "wrong-" + secrets.get("admin token")).get("/actuator/metrics").statusCode())
                .isEqualTo(401);

        // A dead letter whose payload holds personal data and a credential-looking header; Slack refuses the alert.
        slack.answer(500);
        try (FailingFlow flow = FailingFlow.add(app.getBean(CamelContext.class), "secrets-failing-flow")) {
            flow.send(Map.of("email", "ana@example.com", "apiKey", secrets.get("Push API key")),
                    Map.of("locationId", LOCATION, "contactId", "c-1", "eventKey", "secrets-evt-1",
                            "Authorization", "Bearer " + secrets.get("admin token")));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length > 0);
        String mail = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
        assertThat(mail).contains("1 record failed").doesNotContain("ana@example.com");

        // HighLevel refuses the refresh token: the location needs re-authorisation.
        highLevel.revokeTokens();
        assertThatThrownBy(() -> ghl.call("getContacts", Map.of())).isInstanceOf(ReauthorizationRequiredException.class);
    }

    private static void remember(Map<String, String> secrets, String which, OAuthGrant grant) {
        secrets.put(which + " access token", grant.accessToken());
        secrets.put(which + " refresh token", grant.refreshToken());
    }

    /**
     * Once the application has set up its logging, every line is one JSON object (before, other tests' applications
     * in this JVM may still print text); the dead letter's warning names its exchange and route.
     */
    private static void assertLinesAreJsonWithCorrelationIds(String printed) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : printed.split("\\R")) {
            if (line.startsWith("{") || !lines.isEmpty() && !line.isBlank()) {
                assertThat(line).as("a JSON log line").startsWith("{");
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).as("JSON lines").hasSizeGreaterThan(50);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("logger_name").asText()).isEqualTo("io.ghlsync.flows");
            assertThat(line.path("camel.routeId").asText()).isEqualTo("secrets-failing-flow");
            assertThat(line.path("camel.exchangeId").asText()).isNotBlank();
        });
    }

    private static String random() {
        return HexFormat.of().formatHex(bytes(12));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
