package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.InboxEvent;
import io.ghlsync.webhook.NewInboxEvent;

/**
 * An inbox event that fails every delivery (before any flow sees it) is a dead letter too, and its replay hands it
 * back to the inbox. A source of its own ({@value #SOURCE}) keeps other test contexts on a shared database away.
 */
@SyncAppTest
@TestPropertySource(properties = {"ghlsync.inbox.max-attempts=1", "ghlsync.inbox.coalesce-delay=0s"})
class InboxDeadLetterTest {

    private static final String SOURCE = "dltest";

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final List<InboxEvent> handled = new CopyOnWriteArrayList<>();
    private final String eventKey = "wh-" + UUID.randomUUID();
    private AdminHttp admin;

    @BeforeEach
    void handleTheSource() throws Exception {
        admin = AdminHttp.admin(port);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:inbox-" + SOURCE).routeId("test-inbox-" + SOURCE).process(exchange -> {
                    if (failing.get()) {
                        throw new IllegalStateException("contact cannot be read: 503");
                    }
                    handled.addAll(exchange.getMessage().getBody(List.class));
                });
            }
        });
    }

    @AfterEach
    void removeHandler() throws Exception {
        camel.getRouteController().stopRoute("test-inbox-" + SOURCE);
        camel.removeRoute("test-inbox-" + SOURCE);
    }

    @Test
    void anInboxEventThatFailedEveryDeliveryIsADeadLetterWithItsReasonAndPayload() {
        store();

        JsonNode row = awaitDeadLetter("OPEN");

        assertThat(row.get("flow").asText()).isEqualTo("inbox-" + SOURCE);
        assertThat(row.get("objectType").asText()).isEqualTo("contact");
        assertThat(row.get("objectId").asText()).isEqualTo("c-1");
        assertThat(row.get("errorMessage").asText()).isEqualTo("contact cannot be read: 503");
        JsonNode detail = admin.json(admin.get("/api/dead-letters/" + row.get("id").asLong()));
        assertThat(detail.get("payload").get("id").asText()).isEqualTo("c-1");
    }

    @Test
    void aReplayHandsTheEventBackToTheInboxWhichDeliversItOnce() {
        long inboxId = store();
        long id = awaitDeadLetter("OPEN").get("id").asLong();
        failing.set(false);

        JsonNode answer = admin.json(admin.post("/api/dead-letters/" + id + "/replay"));

        assertThat(answer.get("outcome").asText()).isEqualTo("RESOLVED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxStatus(inboxId)).isEqualTo("DONE"));
        assertThat(handled).extracting(InboxEvent::eventKey).containsExactly(eventKey);
        assertThat(admin.post("/api/dead-letters/" + id + "/replay").statusCode()).isEqualTo(409);
    }

    @Test
    void aReplayedEventThatFailsAgainReopensTheSameDeadLetterWithItsHistory() {
        long inboxId = store();
        long id = awaitDeadLetter("OPEN").get("id").asLong();

        admin.json(admin.post("/api/dead-letters/" + id + "/replay"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode row = admin.json(admin.get("/api/dead-letters/" + id));
            assertThat(row.get("status").asText()).isEqualTo("OPEN");
            assertThat(row.get("attempts").asInt()).isEqualTo(2);
            assertThat(row.get("history").toString()).contains("\"replayed\"", "\"failed\"");
        });
        assertThat(inboxStatus(inboxId)).isEqualTo("FAILED");
        assertThat(admin.json(admin.get("/api/dead-letters?flow=inbox-" + SOURCE + "&locationId=loc-" + eventKey))
                .get("total").asLong()).isEqualTo(1);
    }

    private long store() {
        inbox.store(new NewInboxEvent(SOURCE, eventKey, "ContactUpdate", "loc-" + eventKey,
                SOURCE + ":loc:contact:c-1", Instant.now(), "{\"type\":\"ContactUpdate\",\"id\":\"c-1\"}"));
        return jdbc.queryForObject("select id from inbox_event where source = ? and event_key = ?", Long.class,
                SOURCE, eventKey);
    }

    private JsonNode awaitDeadLetter(String status) {
        String path = "/api/dead-letters?flow=inbox-" + SOURCE + "&locationId=loc-" + eventKey + "&status=" + status;
        await().atMost(Duration.ofSeconds(20))
                .until(() -> admin.json(admin.get(path)).get("total").asLong() == 1);
        return admin.json(admin.get(path)).get("items").get(0);
    }

    private String inboxStatus(long id) {
        return jdbc.queryForObject("select status from inbox_event where id = ?", String.class, id);
    }
}
