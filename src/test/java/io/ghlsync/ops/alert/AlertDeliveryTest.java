package io.ghlsync.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlSimulatorControl;
import io.ghlsync.ghl.ReauthorizationRequiredException;
import io.ghlsync.ops.FailingFlow;
import io.ghlsync.ops.SandboxOAuth;
import io.ghlsync.ops.SlackReceiver;
import io.ghlsync.webhook.InboxBacklog;

/**
 * Alerts reach a Slack incoming webhook (a loopback receiver) and an SMTP server (GreenMail, in process) through
 * Camel's slack and mail components, grouped and rate-limited: at most one message per kind per 10-second window
 * here (5 minutes by default). The incidents are real: dead letters through the flows' error handling, a refresh
 * token the simulated HighLevel refuses, an old inbox event, 429s from the simulated HighLevel.
 */
@SyncAppTest
@DirtiesContext // its alert checks would go on sending to receivers that are gone
@TestPropertySource(properties = {
        "ghlsync.alerts.window=10s", "ghlsync.alerts.group-wait=1s", "ghlsync.alerts.check-interval=200ms",
        "ghlsync.alerts.rate-limited-threshold=1", "ghlsync.alerts.email.username=alerts",
        "ghlsync.alerts.email.password=" + AlertDeliveryTest.SMTP_PASSWORD, "ghlsync.alerts.email.to=ops@example.com",
        "ghlsync.sandbox.location-id=" + AlertDeliveryTest.LOCATION, "ghlsync.ratelimit.initial-backoff=50ms"})
class AlertDeliveryTest {

    static final String LOCATION = "alerts-location";
    static final String SMTP_PASSWORD = "smtp-password-for-alerts";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Pattern DEAD_LETTER_COUNT = Pattern.compile("ghl-sync: (\\d+) dead letters? since");

    static final SlackReceiver SLACK = SlackReceiver.start();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ops@example.com", "alerts", SMTP_PASSWORD))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("ghlsync.alerts.slack.webhook-url", SLACK::webhookUrl);
        registry.add("ghlsync.alerts.email.host", () -> "127.0.0.1");
        registry.add("ghlsync.alerts.email.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    GhlApi ghl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxBacklog backlog;

    private final String mine = UUID.randomUUID().toString();

    @BeforeEach
    void freshReceivers() throws Exception {
        new GhlSimulatorControl(port).rateLimits("{\"burst\":100,\"intervalMillis\":1000,\"daily\":200000}");
        SLACK.reset();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        new GhlSimulatorControl(port).clearFaults();
        jdbc.update("delete from oauth_token where location_id = ?", LOCATION);
        jdbc.update("delete from inbox_event where source = 'opsalerts' and event_key = ?", mine);
        backlog.recount();
    }

    @AfterAll
    static void stopSlack() {
        SLACK.close();
    }

    @Test
    void aBurstOf500DeadLettersYieldsAFewMessagesThatCountThemByFlow() throws Exception {
        Instant start = Instant.now();
        try (FailingFlow contacts = FailingFlow.add(camel, "alerts-contact-flow");
             FailingFlow tasks = FailingFlow.add(camel, "alerts-task-flow")) {
            for (int i = 0; i < 500; i++) {
                (i % 5 == 0 ? tasks : contacts).send(Map.of("email", "ana" + i + "@example.com"),
                        Map.of("locationId", LOCATION, "contactId", "c" + i, "eventKey", mine + "-" + i));
            }
        }
        Duration burst = Duration.between(start, Instant.now());

        await().atMost(WAIT.plus(burst)).until(() -> deadLetters(SLACK.texts()) == 500 && deadLetters(mails()) == 500);
        List<String> posts = SLACK.texts().stream().filter(DEAD_LETTER_COUNT.asPredicate()).toList();
        List<String> mails = mails().stream().filter(DEAD_LETTER_COUNT.asPredicate()).toList();
        // One message after the group wait, then at most one per 10 s window while the burst lasts, then the last.
        long allowed = 2 + burst.toSeconds() / 10;
        assertThat(posts).hasSizeBetween(1, (int) allowed).hasSizeLessThanOrEqualTo(5);
        assertThat(mails).hasSameSizeAs(posts);
        assertThat(posts.get(0)).contains("alerts-contact-flow (").contains("alerts-task-flow (")
                .contains("location " + LOCATION).contains("RefusedByTarget")
                .doesNotContain("@example.com");
    }

    @Test
    void aChannelThatRefusesTheAlertDoesNotStopTheOther() throws Exception {
        SLACK.answer(500);
        try (FailingFlow flow = FailingFlow.add(camel, "alerts-refused-flow")) {
            flow.send(Map.of("n", 1), Map.of("locationId", LOCATION, "eventKey", mine));
        }

        await().atMost(WAIT).until(() -> mails().stream().anyMatch(mail -> mail.contains("alerts-refused-flow (1)")));
        assertThat(SLACK.texts()).isEmpty();
    }

    @Test
    void aLocationWhoseRefreshTokenIsRefusedIsReported() throws Exception {
        SandboxOAuth.connect(port);
        new GhlSimulatorControl(port).revokeTokens();

        assertThatThrownBy(() -> ghl.call("getContacts", Map.of())).isInstanceOf(ReauthorizationRequiredException.class);

        String text = "ghl-sync: 1 location needs re-authorisation";
        await().atMost(WAIT).until(() -> SLACK.texts().stream().anyMatch(post -> post.contains(text))
                && mails().stream().anyMatch(mail -> mail.contains(text)));
        assertThat(SLACK.texts()).filteredOn(post -> post.contains(text)).first().asString()
                .contains(LOCATION + ": HighLevel's token endpoint refused the grant").contains("/oauth/ghl/start");
    }

    @Test
    void anInboxEventWaitingTooLongIsReported() {
        Timestamp twoDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        jdbc.update("insert into inbox_event (source, event_key, event_type, location_id, group_key, event_time,"
                + " received_at, payload, status, attempts, next_attempt_at) values ('opsalerts', ?, 'Test', ?, ?, ?,"
                + " ?, '{}', 'NEW', 0, ?)", mine, LOCATION, "opsalerts:" + mine, twoDaysAgo, twoDaysAgo, twoDaysAgo);
        backlog.recount();

        String text = "ghl-sync: the inbox is backing up";
        await().atMost(WAIT).until(() -> SLACK.texts().stream().anyMatch(post -> post.contains(text))
                && mails().stream().anyMatch(mail -> mail.contains(text)));
        assertThat(SLACK.texts()).filteredOn(post -> post.contains(text)).first().asString()
                .contains("Inbox DOWN: the oldest unprocessed event has waited 48h");
    }

    @Test
    void repeated429sFromHighLevelAreReported() {
        new GhlSimulatorControl(port).injectFault(
                "{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":0,\"count\":2,\"operations\":[\"getContacts\"]}");

        ghl.call("getContacts", Map.of("limit", 1));

        String text = "ghl-sync: HighLevel is rate-limiting";
        await().atMost(WAIT).until(() -> SLACK.texts().stream().anyMatch(post -> post.contains(text))
                && mails().stream().anyMatch(mail -> mail.contains(text)));
        assertThat(SLACK.texts()).filteredOn(post -> post.contains(text)).first().asString()
                .contains("HighLevel answered 429 2 times").contains(LOCATION + " 2");
    }

    /** Subject and body of every mail received so far. */
    private static List<String> mails() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(AlertDeliveryTest::text).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dead letters the messages count, added up. */
    private static long deadLetters(List<String> messages) {
        long total = 0;
        for (String message : messages) {
            Matcher count = DEAD_LETTER_COUNT.matcher(message);
            if (count.find()) {
                total += Long.parseLong(count.group(1));
            }
        }
        return total;
    }
}
