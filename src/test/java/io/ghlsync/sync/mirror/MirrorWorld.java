package io.ghlsync.sync.mirror;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.app.AppSimulator;
import io.ghlsync.sandbox.ghl.GhlSimulator;
import io.ghlsync.sandbox.ghl.RequestLogEntry;
import io.ghlsync.sandbox.pushpress.PushPressSimulator;
import io.ghlsync.sandbox.simulation.RequestRecord;

/**
 * The three simulated systems as a mirror test sees them: acting as their users, and counting the writes each
 * received, so a test asserts "exactly one write, then quiet" on what the other side really got.
 */
@TestComponent
class MirrorWorld {

    final GhlSimulator ghl;
    final PushPressSimulator pushpress;
    final AppSimulator app;
    final JdbcTemplate jdbc;

    MirrorWorld(GhlSimulator ghl, PushPressSimulator pushpress, AppSimulator app, JdbcTemplate jdbc) {
        this.ghl = ghl;
        this.pushpress = pushpress;
        this.app = app;
        this.jdbc = jdbc;
    }

    /** A HighLevel contact and the PushPress customer the mirror made of it, once all is quiet. */
    record Linked(String contactId, String customerId, String email) {
    }

    Linked linkedContact(String firstName) {
        String email = unique(firstName.toLowerCase()) + "@example.com";
        String contactId = ghlContact(firstName, email);
        await().atMost(Duration.ofSeconds(30)).until(() -> pushpressCustomersWithEmail(email).size() == 1);
        awaitQuiet();
        return new Linked(contactId, pushpressCustomersWithEmail(email).get(0).path("id").asText(), email);
    }

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    String ghlContact(String firstName, String email) {
        return ghl.user().createContact(ghl.locationId(), Map.of("firstName", firstName, "lastName", "Tester",
                "email", email)).path("id").asText();
    }

    /** Waits until the inbox has nothing left to do and nothing new arrived for a while: the system is quiet. */
    void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> jdbc.queryForObject(
                "select count(*) from inbox_event where status in ('NEW', 'CLAIMED')", Integer.class) == 0);
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofMillis(800)).pollInterval(Duration.ofMillis(800))
                .until(() -> {
                    long now = jdbc.queryForObject("select count(*) from inbox_event", Long.class)
                            + ghl.lastRequestSequence() + pushpress.service().requests(0).size() + app.service().requests(0).size();
                    boolean settled = now == last[0] && jdbc.queryForObject(
                            "select count(*) from inbox_event where status in ('NEW', 'CLAIMED')", Integer.class) == 0;
                    last[0] = now;
                    return settled;
                });
    }

    /** HighLevel writes (anything but GET) since a sequence, whose path contains {@code about}. */
    List<RequestLogEntry> ghlWrites(long since, String about) {
        return ghl.requests(since).stream().filter(entry -> !entry.method().equals("GET"))
                .filter(entry -> entry.path().contains(about)).toList();
    }

    List<RecordRequest> pushpressWrites(long since, Predicate<RequestRecord> about) {
        return pushpress.service().requests(since).stream().filter(request -> !request.method().equals("GET"))
                .filter(about).map(RecordRequest::new).toList();
    }

    List<RecordRequest> appWrites(long since, Predicate<RequestRecord> about) {
        return app.service().requests(since).stream().filter(request -> !request.method().equals("GET"))
                .filter(about).map(RecordRequest::new).toList();
    }

    long pushpressSequence() {
        List<RequestRecord> all = pushpress.service().requests(0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    long appSequence() {
        List<RequestRecord> all = app.service().requests(0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    List<ObjectNode> pushpressCustomersWithEmail(String email) {
        return pushpress.customers().stream().filter(c -> email.equalsIgnoreCase(c.path("email").asText())).toList();
    }

    static ObjectNode json(Map<String, ?> values) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(values);
    }

    /** A write one simulator received, for assertion messages. */
    record RecordRequest(String method, String path) {
        RecordRequest(RequestRecord record) {
            this(record.method(), record.path());
        }
    }
}
