package io.ghlsync.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ops.AdminHttp;
import io.ghlsync.ops.FailingFlow;
import io.ghlsync.sandbox.ghl.GhlSimulator;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.NewInboxEvent;

/** The dashboard's JSON endpoints under /api/dashboard, over real HTTP against the app in sandbox mode. */
@SyncAppTest
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Autowired
    GhlSimulator ghl;

    private AdminHttp admin() {
        return AdminHttp.admin(port);
    }

    @Test
    void aFlowIsListedWithItsStatusExchangesAndOpenDeadLetters() throws Exception {
        try (FailingFlow flow = FailingFlow.start(camel, "dashboard-test")) {
            flow.send(producer, "c-1", "evt-1", Map.of("n", 1));

            JsonNode listed = find(admin().json(admin().get("/api/dashboard/flows")), "id", flow.id());

            assertThat(listed.get("group").asText()).isEqualTo("dashboard-test");
            assertThat(listed.get("status").asText()).isEqualTo("Started");
            assertThat(listed.get("exchanges").asLong()).isEqualTo(1);
            assertThat(listed.get("deadLettered").asLong()).isEqualTo(1);
            assertThat(listed.get("deadLettersOpen").asLong()).isEqualTo(1);
            assertThat(listed.get("lag").isNull()).isTrue();
        }
    }

    @Test
    void routesWithoutAGroupAreNotFlows() {
        JsonNode flows = admin().json(admin().get("/api/dashboard/flows"));

        flows.forEach(flow -> assertThat(flow.get("id").asText()).isNotIn("inbox-delivery", "inbox-retry"));
    }

    @Test
    void recentEventsShowTheirOutcomeAndTheCountsPerStatus() {
        String key = "wh-" + UUID.randomUUID();
        long newBefore = admin().json(admin().get("/api/dashboard/events")).get("counts").get("NEW").asLong();
        inbox.store(new NewInboxEvent("dashtest", key, "ContactCreate", "loc-dash", "dashtest:loc-dash:contact:c",
                Instant.now(), "{\"id\":\"c\"}"));

        try {
            JsonNode events = admin().json(admin().get("/api/dashboard/events?limit=100"));

            JsonNode event = find(events.get("recent"), "groupKey", "dashtest:loc-dash:contact:c");
            assertThat(event.get("type").asText()).isEqualTo("ContactCreate");
            assertThat(event.get("status").asText()).isEqualTo("NEW");
            assertThat(event.has("payload")).isFalse();
            assertThat(events.get("counts").get("NEW").asLong()).isGreaterThan(newBefore);
        } finally {
            // No handler will ever take this source: leave no waiting event behind for other tests' inbox gauges.
            jdbc.update("update inbox_event set status = 'DONE' where source = 'dashtest' and event_key = ?", key);
        }
    }

    @Test
    void aLocationNeedingReauthorisationShowsItsReasonButNeverItsTokens() {
        String location = "loc-" + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into oauth_token (location_id, company_id, access_token_enc, refresh_token_enc, expires_at,
                    scopes, status, status_reason, version, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                location, "co-1", "ENCRYPTED-ACCESS-9f2", "ENCRYPTED-REFRESH-77a", now, "contacts.readonly",
                "NEEDS_REAUTH", "HighLevel refused the refresh token (invalid_grant)", now);

        String body = admin().get("/api/dashboard/locations").body();

        JsonNode listed = find(AdminHttp.parse(body), "locationId", location);
        assertThat(listed.get("auth").asText()).isEqualTo("oauth");
        assertThat(listed.get("status").asText()).isEqualTo("NEEDS_REAUTH");
        assertThat(listed.get("reason").asText()).isEqualTo("HighLevel refused the refresh token (invalid_grant)");
        assertThat(body).doesNotContain("ENCRYPTED-ACCESS-9f2", "ENCRYPTED-REFRESH-77a", "sandbox-token");
    }

    @Test
    void theSandboxLocationIsServedByTheSandboxToken() {
        JsonNode listed = find(admin().json(admin().get("/api/dashboard/locations")), "locationId", "sandbox-location");

        assertThat(listed.get("auth").asText()).isEqualTo("sandbox");
        assertThat(listed.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void analyticsCountContactsBySourceAndTagTasksAndNotesPerDay() {
        Snapshots snapshots = new Snapshots(jdbc);
        snapshots.contact(0, "website", List.of("vip"), List.of(Snapshots.task(false, -2), Snapshots.task(true, -1)),
                List.of(Snapshots.note(0), Snapshots.note(1)));
        snapshots.contact(1, "website", List.of("vip", "trial"), List.of(Snapshots.task(false, 3)), List.of());
        snapshots.contact(40, "facebook", List.of("trial"), List.of(), List.of(Snapshots.note(0)));

        JsonNode report = admin().json(admin().get("/api/dashboard/analytics?days=7&locationId=" + snapshots.location()));

        assertThat(report.get("days")).hasSize(7);
        assertThat(report.get("scanned").asInt()).isEqualTo(3);
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(values(report.get("contactsBySource").get("website"))).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(report.get("contactsBySource").has("facebook")).isFalse(); // added before the period
        assertThat(values(report.get("contactsByTag").get("vip"))).endsWith(1L, 1L);
        assertThat(values(report.get("contactsByTag").get("trial"))).endsWith(1L, 0L);
        assertThat(report.get("tasks").get("open").asLong()).isEqualTo(1);
        assertThat(report.get("tasks").get("overdue").asLong()).isEqualTo(1);
        assertThat(report.get("tasks").get("completed").asLong()).isEqualTo(1);
        assertThat(values(report.get("notesPerDay"))).endsWith(1L, 2L);
    }

    @Test
    void theMappingCatalogListsCustomersTemplatesAndTheirSamples() {
        JsonNode customers = admin().json(admin().get("/api/dashboard/mappings"));

        JsonNode defaults = find(customers, "customer", "default");
        JsonNode template = find(defaults.get("templates"), "name", "ghl-contact-to-pushpress-customer");
        assertThat(template.get("source").asText()).isEqualTo("ghl-contact");
        JsonNode sample = admin().json(admin().get("/api/dashboard/mappings/default/ghl-contact-to-pushpress-customer/sample"));
        assertThat(sample.has("email")).isTrue();
        assertThat(admin().get("/api/dashboard/mappings/default/no-such-template/sample").statusCode()).isEqualTo(404);
    }

    @Test
    void sandboxButtonsActAsAHighLevelUser() {
        String contactId = admin().json(admin().post("/api/dashboard/sandbox/contacts")).get("contactId").asText();
        String taskId = admin().json(admin().post("/api/dashboard/sandbox/contacts/" + contactId + "/tasks"))
                .get("taskId").asText();

        JsonNode completed = admin().json(admin().post(
                "/api/dashboard/sandbox/contacts/" + contactId + "/tasks/" + taskId + "/complete"));
        admin().json(admin().post("/api/dashboard/sandbox/contacts/" + contactId + "/notes"));
        admin().json(admin().post("/api/dashboard/sandbox/contacts/" + contactId + "/edit"));

        assertThat(completed.get("completed").asBoolean()).isTrue();
        assertThat(ghl.contact(contactId)).get().satisfies(contact -> {
            assertThat(contact.get("source").asText()).isEqualTo("dashboard");
            assertThat(contact.get("companyName").asText()).startsWith("Edited at ");
        });
    }

    @Test
    void sandboxFaultsAreInjectedAndCleared() {
        admin().json(admin().post("/api/dashboard/sandbox/faults?target=push&kind=server-error&count=2"));
        JsonNode queued = AdminHttp.parse(AdminHttp.anonymous(port).get("/sandbox/push/_sim/faults").body());
        admin().json(AdminHttp.admin(port).post("/api/dashboard/sandbox/faults?target=push&kind=rate-limit&count=1"));

        assertThat(queued.get("queued").get(0).get("status").asInt()).isEqualTo(503);
        assertThat(queued.get("queued").get(0).get("remaining").asInt()).isEqualTo(2);
        clearFaults();
        assertThat(AdminHttp.parse(AdminHttp.anonymous(port).get("/sandbox/push/_sim/faults").body()).get("queued"))
                .isEmpty();
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThat(message(admin().get("/api/dashboard/analytics?days=0")))
                .isEqualTo("parameter 'days' must be a whole number from 1 to 366, got '0'");
        assertThat(message(admin().get("/api/dashboard/events?limit=many")))
                .isEqualTo("parameter 'limit' must be a whole number from 1 to 100, got 'many'");
        assertThat(message(admin().post("/api/dashboard/sandbox/faults?target=stripe&kind=server-error")))
                .isEqualTo("parameter 'target' must be one of [ghl, pushpress, app, push], got 'stripe'");
        assertThat(message(admin().post("/api/dashboard/sandbox/contacts/a%20b/notes")))
                .isEqualTo("parameter 'contactId' must be a simulator id (letters, digits, - and _), got 'a b'");
    }

    private void clearFaults() {
        assertThat(admin().json(admin().delete("/api/dashboard/sandbox/faults")).get("cleared")).hasSize(4);
    }

    private static String message(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return AdminHttp.parse(response.body()).get("message").asText();
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + items);
    }

    private static List<Long> values(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }
}
