package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.PermanentFailure;
import io.ghlsync.SyncAppTest;
import io.ghlsync.sync.ContactSnapshot;
import io.ghlsync.sync.GhlEvent;

@SyncAppTest
class DeadLetterTest {

    private static final String FLOW = "dead-letter-test-flow";
    private static final String ENDPOINT = "direct:dead-letter-test";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    DeadLetterReplay replay;

    @Autowired
    ObjectMapper json;

    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final AtomicBoolean permanent = new AtomicBoolean(false);
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Object> delivered = new CopyOnWriteArrayList<>();
    private final String location = "dl-" + UUID.randomUUID();

    @BeforeEach
    void addFlow() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENDPOINT).routeId(FLOW).routeConfigurationId("flow-errors")
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            if (failing.get()) {
                                throw permanent.get() ? new RefusedByTarget() : new IllegalStateException("target down");
                            }
                            delivered.add(exchange.getMessage().getBody());
                        });
            }
        });
    }

    @AfterEach
    void removeFlow() throws Exception {
        camel.getRouteController().stopRoute(FLOW);
        camel.removeRoute(FLOW);
    }

    @Test
    void aFailedRecordIsStoredWithItsFlowPayloadAndReason() {
        send(Map.of("email", "ana@example.com"), "evt-1");

        DeadLetter row = onlyRow();
        assertThat(row.flow()).isEqualTo(FLOW);
        assertThat(row.endpoint()).isEqualTo("direct://dead-letter-test");
        assertThat(row.eventKey()).isEqualTo("evt-1");
        assertThat(row.objectType()).isEqualTo("contact");
        assertThat(row.objectId()).isEqualTo("contact-1");
        assertThat(row.payload()).contains("ana@example.com");
        assertThat(row.errorType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(row.errorMessage()).isEqualTo("target down");
        assertThat(row.status()).isEqualTo(DeadLetter.OPEN);
    }

    @Test
    void aTransientFailureIsRedeliveredBeforeItIsStored() {
        send(Map.of("n", 1), "evt-2");

        assertThat(attempts.get()).isEqualTo(3);
        assertThat(onlyRow().attempts()).isEqualTo(3);
    }

    @Test
    void aPermanentFailureIsStoredAtOnce() {
        permanent.set(true);
        send(Map.of("n", 1), "evt-3");

        assertThat(attempts.get()).isEqualTo(1);
        assertThat(onlyRow().attempts()).isEqualTo(1);
    }

    @Test
    void oneRecordsFailureDoesNotStopTheNext() {
        send(Map.of("n", 1), "evt-4");
        failing.set(false);
        send(Map.of("n", 2), "evt-5");

        assertThat(delivered).containsExactly(Map.of("n", 2));
        assertThat(deadLetters.count(FLOW, location, null)).isEqualTo(1);
    }

    @Test
    void theSameEventFailingAgainUpdatesItsRowInsteadOfAddingOne() {
        permanent.set(true);
        send(Map.of("n", 1), "evt-6");
        send(Map.of("n", 1), "evt-6");

        DeadLetter row = onlyRow();
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.history()).contains("\"event\":\"failed\"");
    }

    @Test
    void aReplayAfterTheCauseIsFixedDeliversOnceAndResolvesTheRow() {
        send(Map.of("email", "ana@example.com"), "evt-7");
        failing.set(false);

        assertThat(replay.replay(onlyRow().id())).isEqualTo(DeadLetterReplay.Outcome.RESOLVED);
        assertThat(replay.replay(onlyRow().id())).isEqualTo(DeadLetterReplay.Outcome.NOT_OPEN);

        assertThat(delivered).containsExactly(Map.of("email", "ana@example.com"));
        assertThat(onlyRow().status()).isEqualTo(DeadLetter.RESOLVED);
        assertThat(onlyRow().resolvedAt()).isNotNull();
    }

    @Test
    void aReplayThatFailsAgainKeepsTheRowOpenWithItsHistory() {
        permanent.set(true);
        send(Map.of("n", 1), "evt-8");

        assertThat(replay.replay(onlyRow().id())).isEqualTo(DeadLetterReplay.Outcome.FAILED_AGAIN);

        DeadLetter row = onlyRow();
        assertThat(row.status()).isEqualTo(DeadLetter.OPEN);
        assertThat(row.replayCount()).isEqualTo(1);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.history()).contains("\"event\":\"failed\"");
    }

    @Test
    void aReplayRebuildsASnapshotPayloadAsTheSameType() throws Exception {
        ContactSnapshot snapshot = new ContactSnapshot(location, "contact-1", false,
                json.readTree("{\"id\":\"contact-1\",\"email\":\"zoe@example.com\"}"), List.of(), List.of(), List.of(),
                Instant.parse("2026-01-02T03:04:05Z"), List.of(new GhlEvent("evt-9", "ContactUpdate", location,
                        "contact-1", Instant.parse("2026-01-02T03:04:05Z"), json.readTree("{\"type\":\"ContactUpdate\"}"))));
        send(snapshot, "evt-9");
        failing.set(false);

        replay.replay(onlyRow().id());

        assertThat(delivered).containsExactly(snapshot);
    }

    private void send(Object body, String eventKey) {
        producer.send(ENDPOINT, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader("locationId", location);
            exchange.getMessage().setHeader("contactId", "contact-1");
            exchange.getMessage().setHeader("eventKey", eventKey);
            exchange.getMessage().setHeader("Authorization", "Bearer must-not-be-kept");
        });
    }

    private DeadLetter onlyRow() {
        List<DeadLetter> rows = deadLetters.list(FLOW, location, null, 0, 10);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).headers()).doesNotContain("must-not-be-kept");
        return rows.get(0);
    }

    static class RefusedByTarget extends RuntimeException implements PermanentFailure {
        RefusedByTarget() {
            super("422 from the target");
        }
    }
}
