package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stored events reach {@code direct:inbox-<source>} once each, grouped, in event-time order; failures are retried
 * with backoff and end FAILED. Each test uses its own location id, so that it sees only its own events.
 */
@TestPropertySource(properties = {
        "ghlsync.inbox.poll-interval=50ms", "ghlsync.inbox.coalesce-delay=300ms", "ghlsync.inbox.lease=2s",
        "ghlsync.inbox.max-attempts=3", "ghlsync.inbox.retry-initial=100ms", "ghlsync.inbox.retry-max=200ms"})
class InboxProcessingTest extends WebhookAppTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CamelContext camel;

    @Autowired
    Inbox inbox;

    String location;
    RecordingHandler handler;

    @BeforeEach
    void setUp() {
        location = "loc-" + UUID.randomUUID();
    }

    @AfterEach
    void removeHandler() throws Exception {
        if (handler != null) {
            handler.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ContactCreate", "ContactUpdate", "NoteCreate", "TaskCreate"})
    void eachOfficialExampleReachesTheGhlHandlerExactlyOnce(String type) throws Exception {
        handler = RecordingHandler.on(camel, "ghl");
        ObjectNode event = GhlExamples.delivery(type).put("locationId", location);
        String webhookId = event.get("webhookId").asText();

        assertThat(client.postGhl(GhlExamples.bytes(event)).statusCode()).isEqualTo(200);

        await().atMost(WAIT).until(() -> rows.status("ghl", webhookId).equals("DONE"));
        List<InboxEvent> delivered = handler.eventsMatching(mine());
        assertThat(delivered).extracting(InboxEvent::eventKey).containsExactly(webhookId);
        assertThat(delivered.get(0).eventType()).isEqualTo(type);
        assertThat(delivered.get(0).payload().get("type").asText()).isEqualTo(type);
    }

    @Test
    void aHandOverNamesSourceGroupLocationAndAttempt() throws Exception {
        handler = RecordingHandler.on(camel, "ghl");
        ObjectNode event = GhlExamples.delivery("NoteCreate").put("locationId", location);

        client.postGhl(GhlExamples.bytes(event));

        await().atMost(WAIT).until(() -> !handler.deliveriesMatching(mine()).isEmpty());
        RecordingHandler.Delivery delivery = handler.deliveriesMatching(mine()).get(0);
        assertThat(delivery.headers())
                .containsEntry("inboxSource", "ghl")
                .containsEntry("inboxGroupKey", "ghl:" + location + ":contact:CWBf1PR9LvvBkcYqiXlc")
                .containsEntry("locationId", location)
                .containsEntry("inboxAttempt", 1);
    }

    @Test
    void aBurstOfChangesToOneContactIsHandedOverAsOneGroupInEventTimeOrder() throws Exception {
        handler = RecordingHandler.on(camel, "ghl");
        Instant base = Instant.now();
        // Stored newest first, within the coalescing delay.
        for (int minute = 4; minute >= 0; minute--) {
            inbox.store(contactUpdate("contact-1", base.minusSeconds(60L * (4 - minute))));
        }

        await().atMost(WAIT).until(() -> handler.eventsMatching(mine()).size() == 5);
        List<RecordingHandler.Delivery> deliveries = handler.deliveriesMatching(mine());
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).events()).extracting(InboxEvent::eventTime).isSorted();
    }

    @Test
    void eventsOfASourceWithoutHandlerStayNew() throws Exception {
        handler = RecordingHandler.on(camel, "ghl");
        NewInboxEvent unhandled = new NewInboxEvent("nohandler", "k-" + UUID.randomUUID(), "thing.changed", location,
                "nohandler:" + location, Instant.now(), "{}");
        inbox.store(unhandled);
        NewInboxEvent handled = contactUpdate("contact-2", Instant.now());
        inbox.store(handled);

        await().atMost(WAIT).until(() -> rows.status("ghl", handled.eventKey()).equals("DONE"));
        assertThat(rows.status("nohandler", unhandled.eventKey())).isEqualTo("NEW");
    }

    @Test
    void aDeliveryThatFailsOnceIsRetriedAndThenDone() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        handler = RecordingHandler.on(camel, "ghl").behaving(events -> {
            if (events.stream().anyMatch(mine()) && calls.incrementAndGet() == 1) {
                throw new IllegalStateException("target briefly unavailable");
            }
        });
        NewInboxEvent event = contactUpdate("contact-3", Instant.now());
        inbox.store(event);

        await().atMost(WAIT).until(() -> rows.status("ghl", event.eventKey()).equals("DONE"));
        assertThat(calls).hasValue(2);
        assertThat(rows.row("ghl", event.eventKey())).containsEntry("attempts", 1);
        assertThat(handler.eventsMatching(mine()).get(1).attempt()).isEqualTo(2);
    }

    @Test
    void aDeliveryThatKeepsFailingEndsFailedWithItsError() throws Exception {
        handler = RecordingHandler.on(camel, "ghl").behaving(failingOnMine("target says no"));
        NewInboxEvent event = contactUpdate("contact-4", Instant.now());
        inbox.store(event);

        await().atMost(WAIT).until(() -> rows.status("ghl", event.eventKey()).equals("FAILED"));
        assertThat(handler.eventsMatching(mine())).hasSize(3);
        assertThat(rows.row("ghl", event.eventKey()))
                .containsEntry("attempts", 3)
                .containsEntry("last_error", "java.lang.IllegalStateException: target says no");
    }

    @Test
    void deliveredEventsAreRecordedInTheIdempotentRepository() throws Exception {
        handler = RecordingHandler.on(camel, "ghl");
        NewInboxEvent event = contactUpdate("contact-5", Instant.now());
        inbox.store(event);

        await().atMost(WAIT).until(() -> rows.status("ghl", event.eventKey()).equals("DONE"));
        assertThat(jdbc.queryForObject("select count(*) from camel_messageprocessed"
                + " where processorName = 'inbox-ghl' and messageId = ?", Integer.class, event.eventKey())).isEqualTo(1);
    }

    @Test
    void anEventProcessedBeforeACrashIsLeftOutWhenItsGroupIsTakenOver() throws Exception {
        NewInboxEvent processed = contactUpdate("contact-7", Instant.now().minusSeconds(2));
        NewInboxEvent pending = contactUpdate("contact-7", Instant.now());
        inbox.store(processed);
        inbox.store(pending);
        // As an instance leaves them when it dies after its handler succeeded but before it marked the group DONE:
        // still claimed, the lease run out, the processed event recorded by the idempotent repository.
        jdbc.update("update inbox_event set status = 'CLAIMED', claimed_by = 'dead-instance', lease_until = ?"
                + " where location_id = ?", OffsetDateTime.now().minusSeconds(1), location);
        jdbc.update("insert into camel_messageprocessed (processorName, messageId, createdAt) values (?, ?, ?)",
                "inbox-ghl", processed.eventKey(), Timestamp.from(Instant.now()));
        handler = RecordingHandler.on(camel, "ghl");

        await().atMost(WAIT).until(() -> rows.status("ghl", processed.eventKey()).equals("DONE")
                && rows.status("ghl", pending.eventKey()).equals("DONE"));
        assertThat(handler.eventsMatching(mine())).extracting(InboxEvent::eventKey).containsExactly(pending.eventKey());
    }

    @Test
    void aFailedDeliveryIsNotRecordedInTheIdempotentRepository() throws Exception {
        handler = RecordingHandler.on(camel, "ghl").behaving(failingOnMine("down"));
        NewInboxEvent event = contactUpdate("contact-6", Instant.now());
        inbox.store(event);

        await().atMost(WAIT).until(() -> rows.status("ghl", event.eventKey()).equals("FAILED"));
        assertThat(jdbc.queryForObject("select count(*) from camel_messageprocessed where messageId = ?",
                Integer.class, event.eventKey())).isZero();
    }

    private NewInboxEvent contactUpdate(String contactId, Instant eventTime) {
        ObjectNode payload = GhlExamples.example("ContactUpdate").put("locationId", location).put("id", contactId)
                .put("webhookId", "wh-" + UUID.randomUUID()).put("timestamp", eventTime.toString());
        return new NewInboxEvent("ghl", payload.get("webhookId").asText(), "ContactUpdate", location,
                "ghl:" + location + ":contact:" + contactId, eventTime, payload.toString());
    }

    /** A handler that fails every delivery holding one of this test's events. */
    private Consumer<List<InboxEvent>> failingOnMine(String message) {
        Predicate<InboxEvent> mine = mine();
        return events -> {
            if (events.stream().anyMatch(mine)) {
                throw new IllegalStateException(message);
            }
        };
    }

    private Predicate<InboxEvent> mine() {
        String own = location;
        return event -> own.equals(event.locationId());
    }
}
