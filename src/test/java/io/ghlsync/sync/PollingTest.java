package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlException;
import io.ghlsync.sandbox.ghl.FaultSpec;
import io.ghlsync.sandbox.ghl.GhlSimulator;
import io.ghlsync.sandbox.ghl.WebhookSettings;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.WebhookClient;

/**
 * Polling finds what changed in HighLevel without a webhook (POST /contacts/search on dateUpdated,
 * docs/api-research.md §1.4), resumes from its watermark, never skips a batch it failed to store, and carries out
 * requested full resyncs. Each test uses locations of its own in the simulator.
 */
@SyncAppTest
@TestPropertySource(properties = {"ghlsync.polling.locations=" + PollingTest.RESYNC_LOCATION, "ghlsync.polling.overlap=0s"})
class PollingTest {

    static final String RESYNC_LOCATION = "poll-resync-location";

    @Autowired
    CamelContext camel;

    @Autowired
    GhlSimulator ghl;

    @Autowired
    ContactPoller poller;

    @Autowired
    GhlApi api;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PollingProperties properties;

    @LocalServerPort
    int port;

    private FlowRecorder snapshots;
    private final String location = "poll-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void recordSnapshots() throws Exception {
        snapshots = FlowRecorder.on(camel, "ghl-contact-changed");
    }

    @AfterEach
    void restore() throws Exception {
        snapshots.close();
        ghl.webhooks(new WebhookSettings(true, null, null));
        ghl.clearFaults();
    }

    @Test
    void aContactChangedWithoutAWebhookIsFoundByThePollAndHandedToTheFlows() {
        ghl.webhooks(new WebhookSettings(false, null, null));
        String id = createContact("Quiet", "quiet");

        ContactPoller.PollResult result = poller.poll(location);

        assertThat(result.found()).isEqualTo(1);
        assertThat(result.stored()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !snapshots.snapshotsOf(id).isEmpty());
        ContactSnapshot snapshot = snapshots.snapshotsOf(id).get(0);
        assertThat(snapshot.events()).extracting(GhlEvent::type).containsExactly("ContactPolled");
        assertThat(snapshot.contact().path("firstName").asText()).isEqualTo("Quiet");
        assertThat(snapshot.contact().has("searchAfter")).isFalse();
    }

    @Test
    void aPollAfterARestartStartsFromTheStoredWatermark() {
        List<String> before = List.of(createContact("First", "first"), createContact("Second", "second"));
        ContactPoller.PollResult first = poller.poll(location);
        assertThat(first.stored()).isEqualTo(2);

        String third = createContact("Third", "third");
        ContactPoller restarted = new ContactPoller(api, inbox, new PollWatermarks(jdbc), properties);
        ContactPoller.PollResult second = restarted.poll(location);

        assertThat(second.stored()).isEqualTo(1);
        // The search starts at the watermark inclusive (gte): a contact updated in that very millisecond is found
        // again, and stored no second time; one updated before it is not asked for.
        long atTheWatermark = before.stream().filter(id -> Instant.parse(ghl.contact(id).orElseThrow()
                .path("dateUpdated").asText()).equals(first.watermark())).count();
        assertThat(second.found()).isEqualTo(1 + (int) atTheWatermark);
        assertThat(second.watermark()).isEqualTo(ghl.contact(third).orElseThrow().path("dateUpdated").asText())
                .isNotNull();
    }

    @Test
    void aPollThatFailsMidwayLeavesTheWatermarkWhereItWas() {
        createContact("Lost", "lost");
        ghl.injectFault(FaultSpec.serverError(503, 20).onlyOperations("searchContactsAdvanced").onlyLocations(location));

        assertThatThrownBy(() -> poller.poll(location)).isInstanceOf(GhlException.class);
        assertThat(new PollWatermarks(jdbc).find(location).watermark()).isNull();

        ghl.clearFaults();
        assertThat(poller.poll(location).stored()).isEqualTo(1);
    }

    @Test
    void aRequestedFullResyncHandsEveryContactOverAgainOnce() {
        List<String> ids = List.of(createContact("Rae", "rae", RESYNC_LOCATION), createContact("Sol", "sol", RESYNC_LOCATION));
        poller.poll(RESYNC_LOCATION);
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> !snapshots.snapshotsOf(id).isEmpty()));
        int before = ids.stream().mapToInt(id -> snapshots.snapshotsOf(id).size()).sum();

        HttpResponse<String> answer = admin("/api/sync/full?locationId=" + RESYNC_LOCATION);

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).contains("\"status\":\"accepted\"").contains(RESYNC_LOCATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> snapshots.snapshotsOf(id).stream()
                .anyMatch(snapshot -> snapshot.events().stream().anyMatch(event -> event.type().equals("ContactResync")))));
        await().atMost(Duration.ofSeconds(10)).until(() -> new PollWatermarks(jdbc).find(RESYNC_LOCATION).resyncRequestedAt() == null);
        assertThat(ids.stream().mapToInt(id -> snapshots.snapshotsOf(id).size()).sum()).isEqualTo(before + ids.size());
    }

    @Test
    void aFullResyncRequestNamesWhatIsWrongWithIt() {
        assertThat(admin("/api/sync/full").statusCode()).isEqualTo(400);
        HttpResponse<String> bad = admin("/api/sync/full?locationId=..%2Fetc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'locationId' must be");
        HttpResponse<String> unknown = admin("/api/sync/full?locationId=nowhere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("location nowhere is not synced");
        HttpResponse<String> anonymous = new WebhookClient(port).post("/api/sync/full?locationId=" + RESYNC_LOCATION,
                new byte[0]);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(new PollWatermarks(jdbc).find("nowhere").resyncRequestedAt()).isNull();
    }

    @Test
    void theLocationsPollRouteRunsOnItsCronSchedule() throws Exception {
        String id = createContact("Tick", "tick");
        String routeId = "test-poll-" + location;
        camel.addRouteFromTemplate(routeId, PollSchedules.TEMPLATE, Map.of("locationId", location, "cron", "0/1+*+*+*+*+?"));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> new PollWatermarks(jdbc).find(location).watermark() != null);
            assertThat(jdbc.queryForObject("select count(*) from inbox_event where event_key like ?", Integer.class,
                    "poll:" + id + ":%")).isEqualTo(1);
        } finally {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    private String createContact(String firstName, String emailPrefix) {
        return createContact(firstName, emailPrefix, location);
    }

    private String createContact(String firstName, String emailPrefix, String where) {
        return ghl.user().createContact(where, Map.of("firstName", firstName,
                "email", emailPrefix + "." + UUID.randomUUID() + "@example.com")).path("id").asText();
    }

    private HttpResponse<String> admin(String path) {
        return new WebhookClient(port).post(path, new byte[0], "Authorization", "Bearer test-admin-token");
    }
}
