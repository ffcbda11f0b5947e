package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.GhlSimulator;
import io.ghlsync.sandbox.ghl.WebhookDelivery;
import io.ghlsync.sandbox.ghl.WebhookSettings;
import io.ghlsync.webhook.WebhookClient;

/**
 * HighLevel retries webhooks and delivers them in no particular order (webhook-events/WebhookAuthentication.md);
 * enrichment must still hand each new state over once, never an older one after a newer one, and spend little of
 * the rate budget on bursts.
 */
@SyncAppTest
class EnrichmentOrderTest {

    @Autowired
    CamelContext camel;

    @Autowired
    GhlSimulator ghl;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private FlowRecorder snapshots;

    @BeforeEach
    void recordSnapshots() throws Exception {
        snapshots = FlowRecorder.on(camel, "ghl-contact-changed");
    }

    @AfterEach
    void stopRecording() throws Exception {
        snapshots.close();
        ghl.webhooks(new WebhookSettings(true, null, null));
    }

    @Test
    void aThousandShuffledEventsWithDuplicatesGiveOneSnapshotPerNewStateAndNeverAnOlderOne() {
        List<String> contacts = knownContacts(100, "order");
        ghl.webhooks(new WebhookSettings(false, null, null)); // recorded, not sent: the test delivers them
        long since = ghl.lastWebhookSequence();
        for (String id : contacts) {
            for (int i = 1; i <= 4; i++) {
                ghl.user().updateContact(id, Map.of("firstName", "Name" + i));
            }
            String task = ghl.user().createTask(id, Map.of("title", "Follow up", "dueDate", "2026-12-24T10:00:00Z",
                    "completed", false)).path("id").asText();
            ghl.user().completeTask(id, task);
            String note = ghl.user().createNote(id, Map.of("body", "Signed up for a trial")).path("id").asText();
            ghl.user().updateNote(id, note, Map.of("body", "Trial booked"));
        }
        List<byte[]> unique = ghl.webhookDeliveries(since).stream()
                .map(delivery -> delivery.payload().getBytes(StandardCharsets.UTF_8)).toList();
        assertThat(unique).hasSize(800);
        Random random = new Random(7);
        List<byte[]> deliveries = new ArrayList<>(unique);
        for (int i = 0; i < 200; i++) {
            deliveries.add(unique.get(random.nextInt(unique.size()))); // HighLevel's retries
        }
        Collections.shuffle(deliveries, random);

        WebhookClient client = new WebhookClient(port);
        int half = deliveries.size() / 2;
        deliveries.subList(0, half).forEach(body -> assertThat(client.postGhl(body).statusCode()).isEqualTo(200));
        awaitProcessed(contacts);
        deliveries.subList(half, deliveries.size()).forEach(body -> assertThat(client.postGhl(body).statusCode()).isEqualTo(200));
        awaitProcessed(contacts);

        for (String id : contacts) {
            List<ContactSnapshot> seen = snapshots.snapshotsOf(id);
            ContactSnapshot last = seen.get(seen.size() - 1);
            JsonNode truth = ghl.contact(id).orElseThrow();
            assertThat(last.contact().path("firstName").asText()).isEqualTo("Name4");
            assertThat(last.contact().path("dateUpdated").asText()).isEqualTo(truth.path("dateUpdated").asText());
            assertThat(last.tasks()).singleElement().satisfies(task -> assertThat(task.path("completed").asBoolean()).isTrue());
            assertThat(last.notes()).singleElement().satisfies(note ->
                    assertThat(note.path("body").asText()).isEqualTo("Trial booked"));
            Set<String> states = new HashSet<>();
            for (int i = 0; i < seen.size(); i++) {
                assertThat(states.add(state(seen.get(i)))).as("state handed over twice for %s", id).isTrue();
                if (i > 0) {
                    assertThat(seen.get(i).sourceUpdatedAt()).isAfterOrEqualTo(seen.get(i - 1).sourceUpdatedAt());
                }
            }
        }
    }

    @Test
    void aBurstOfTenUpdatesPerContactCostsFewerThanOneAndAHalfCallsPerEvent() {
        List<String> contacts = knownContacts(20, "burst");
        long requestsBefore = ghl.lastRequestSequence();
        long webhooksBefore = ghl.lastWebhookSequence();

        for (int i = 1; i <= 10; i++) {
            for (String id : contacts) {
                ghl.user().updateContact(id, Map.of("lastName", "Burst" + i));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> contacts.stream().allMatch(id ->
                "Burst10".equals(lastContactField(id, "lastName"))));
        awaitProcessed(contacts);

        int events = (int) ghl.webhookDeliveries(webhooksBefore).stream()
                .filter(delivery -> delivery.outcome() == WebhookDelivery.Outcome.DELIVERED)
                .filter(delivery -> contacts.stream().anyMatch(delivery.payload()::contains)).count();
        long calls = ghl.requests(requestsBefore).stream()
                .filter(entry -> contacts.stream().anyMatch(entry.path()::contains)).count();
        assertThat(events).isEqualTo(200);
        assertThat((double) calls / events).isLessThan(1.5);
    }

    /** Contacts created with webhooks on, each already handed over once (so its state is known). */
    private List<String> knownContacts(int count, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(ghl.user().createContact(ghl.locationId(), Map.of("firstName", "Name0",
                    "email", prefix + i + "." + System.nanoTime() + "@example.com")).path("id").asText());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().noneMatch(id -> snapshots.snapshotsOf(id).isEmpty()));
        return ids;
    }

    private void awaitProcessed(List<String> contacts) {
        await().atMost(Duration.ofSeconds(90)).until(() -> contacts.stream().allMatch(id -> jdbc.queryForObject(
                "select count(*) from inbox_event where group_key = ? and status <> 'DONE'", Integer.class,
                "ghl:" + ghl.locationId() + ":contact:" + id) == 0));
    }

    private String lastContactField(String id, String field) {
        List<ContactSnapshot> seen = snapshots.snapshotsOf(id);
        return seen.isEmpty() ? null : seen.get(seen.size() - 1).contact().path(field).asText();
    }

    private static String state(ContactSnapshot snapshot) {
        ObjectNode state = JsonNodeFactory.instance.objectNode().put("deleted", snapshot.deleted());
        state.set("contact", snapshot.contact());
        state.putArray("tasks").addAll(snapshot.tasks());
        state.putArray("notes").addAll(snapshot.notes());
        return CanonicalJson.sha256(state);
    }
}
