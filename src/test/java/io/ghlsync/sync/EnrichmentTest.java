package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.GhlSimulator;
import io.ghlsync.sandbox.ghl.RequestLogEntry;

/**
 * Signed webhooks from the HighLevel simulator (src/test/resources/ghl/webhook-events/*.md shapes) become
 * snapshots on direct:ghl-contact-changed and events on direct:ghl-event, reading HighLevel only for what the
 * events do not carry.
 */
@SyncAppTest
class EnrichmentTest {

    @Autowired
    CamelContext camel;

    @Autowired
    GhlSimulator ghl;

    private FlowRecorder snapshots;
    private FlowRecorder events;

    @BeforeEach
    void recordFlows() throws Exception {
        snapshots = FlowRecorder.on(camel, "ghl-contact-changed");
        events = FlowRecorder.on(camel, "ghl-event");
    }

    @AfterEach
    void stopRecording() throws Exception {
        snapshots.close();
        events.close();
    }

    @Test
    void aContactCreatedInHighLevelBecomesExactlyOneSnapshot() {
        String id = createContact("Ada", "ada.enrich@example.com");

        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.snapshotsOf(id).size() == 1);
        ContactSnapshot snapshot = snapshots.snapshotsOf(id).get(0);
        assertThat(snapshot.locationId()).isEqualTo(ghl.locationId());
        assertThat(snapshot.deleted()).isFalse();
        assertThat(snapshot.contact().path("email").asText()).isEqualTo("ada.enrich@example.com");
        assertThat(snapshot.contact().path("dateUpdated").isTextual()).isTrue();
        assertThat(snapshot.tasks()).isEmpty();
        assertThat(snapshot.events()).extracting(GhlEvent::type).containsExactly("ContactCreate");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> snapshots.snapshotsOf(id).size() == 1);
    }

    @Test
    void aTaskOrNoteEventOfAKnownContactIsAppliedWithoutCallingHighLevel() {
        String id = createContact("Bea", "bea.enrich@example.com");
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.snapshotsOf(id).size() == 1);
        long before = ghl.lastRequestSequence();

        ObjectNode task = ghl.user().createTask(id, Map.of("title", "Call back", "dueDate", "2026-12-24T10:00:00Z",
                "completed", false));
        ghl.user().createNote(id, Map.of("body", "Asked about the family plan"));

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<ContactSnapshot> all = snapshots.snapshotsOf(id);
            ContactSnapshot last = all.get(all.size() - 1);
            return last.tasks().size() == 1 && last.notes().size() == 1;
        });
        ContactSnapshot last = lastSnapshot(id);
        assertThat(last.tasks().get(0).path("id").asText()).isEqualTo(task.path("id").asText());
        assertThat(last.tasks().get(0).path("completed").asBoolean()).isFalse();
        assertThat(last.notes().get(0).path("body").asText()).isEqualTo("Asked about the family plan");
        assertThat(callsAbout(id, before)).isEmpty();
    }

    @Test
    void aCompletionIsKeptWhenTheOlderCreationArrivesAfterIt() {
        String id = createContact("Cai", "cai.enrich@example.com");
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.snapshotsOf(id).size() == 1);
        String taskId = ghl.user().createTask(id, Map.of("title", "Send waiver", "dueDate", "2026-12-24T10:00:00Z",
                "completed", false)).path("id").asText();
        ghl.user().completeTask(id, taskId);

        await().atMost(Duration.ofSeconds(20)).until(() -> lastSnapshot(id).tasks().size() == 1
                && lastSnapshot(id).tasks().get(0).path("completed").asBoolean());
        assertThat(lastSnapshot(id).tasks().get(0).path("title").asText()).isEqualTo("Send waiver");
    }

    @Test
    void aDeletedContactBecomesATombstone() {
        String id = createContact("Dov", "dov.enrich@example.com");
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.snapshotsOf(id).size() == 1);

        ghl.user().deleteContact(id);

        await().atMost(Duration.ofSeconds(20)).until(() -> lastSnapshot(id).deleted());
        assertThat(lastSnapshot(id).contact().path("email").asText()).isEqualTo("dov.enrich@example.com");
    }

    @Test
    void everyEventReachesTheEventFlowsOnceWithTheSnapshotBesideIt() {
        String id = createContact("Eva", "eva.enrich@example.com");
        ghl.user().addTags(id, List.of("vip"));
        ghl.user().createNote(id, Map.of("body", "Walk-in"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events.eventsOf(id).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> events.eventsOf(id).size() == 3);
        assertThat(events.eventsOf(id)).extracting(GhlEvent::type)
                .containsExactlyInAnyOrder("ContactCreate", "ContactTagUpdate", "NoteCreate");
        List<FlowRecorder.Received> received = events.receivedMatching(r -> r.body() instanceof GhlEvent event
                && id.equals(event.contactId()));
        assertThat(received).allSatisfy(r -> {
            assertThat(r.headers().get("contactSnapshot")).isInstanceOf(ContactSnapshot.class);
            assertThat(r.headers().get("eventKey")).isEqualTo(((GhlEvent) r.body()).eventKey());
        });
    }

    private String createContact(String firstName, String email) {
        return ghl.user().createContact(ghl.locationId(), Map.of("firstName", firstName, "email", email))
                .path("id").asText();
    }

    private ContactSnapshot lastSnapshot(String id) {
        List<ContactSnapshot> all = snapshots.snapshotsOf(id);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private List<RequestLogEntry> callsAbout(String contactId, long since) {
        return ghl.requests(since).stream().filter(entry -> entry.path().contains(contactId)).toList();
    }
}
