package io.ghlsync.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 8, fault suite: two instances of the packaged app, separate processes on one PostgreSQL schema, sharing one
 * set of simulators (a third process, profile {@code simulator}). HighLevel's webhooks go to instance A, which is
 * killed with {@code kill -9} in the middle of a stream of new contacts and later restarted; webhooks sent while it
 * is dead are lost, as with HighLevel, and the poll (running clustered, on whichever instance is alive) repairs
 * them. In the end the simulators are counted: every HighLevel contact reached PushPress exactly once, and nothing
 * came back as a duplicate in HighLevel.
 *
 * <p>Runs in {@code mvn verify} (failsafe) against the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), in a schema of its own. Without that database it is skipped, unless
 * {@code GHLSYNC_FAULT_SUITE=required} (set by .ci/run) makes it fail.
 */
class KillNineIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String LOCATION = "sandbox-location";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String schema = "fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<AppProcess> processes = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private AppProcess simulators;
    private AppProcess a;
    private AppProcess b;

    @BeforeEach
    void twoInstancesOnOneDatabase() throws Exception {
        createSchema();
        String database = POSTGRES + "?currentSchema=" + schema;
        List<String> sync = List.of("--ghlsync.polling.cron=0/5 * * * * ?", "--ghlsync.inbox.lease=10s",
                "--ghlsync.admin.token=fault-suite-admin");
        int portA = AppProcess.freePort();
        String intake = "http://127.0.0.1:" + portA + "/webhooks/";
        simulators = track(AppProcess.simulators(List.of("--ghlsync.sandbox.seed-contacts=10",
                "--ghlsync.sandbox.webhook-url=" + intake + "ghl",
                "--ghlsync.pushpress.simulator.webhooks.url=" + intake + "pushpress",
                "--ghlsync.app.simulator.webhooks.url=" + intake + "app"))).start();
        a = track(AppProcess.instance("instance-a", portA, database, simulators.url(), sync)).start();
        b = track(AppProcess.instance("instance-b", AppProcess.freePort(), database, simulators.url(), sync)).start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AppProcess process : processes) {
            process.close();
        }
        try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void everyContactReachesPushPressExactlyOnceThoughAnInstanceIsKilledMidStream() throws Exception {
        createContacts(0, 40);
        a.kill();
        createContacts(40, 20);
        a.start();
        createContacts(60, 20);

        List<String> ghlEmails = ghlEmails();
        assertThat(ghlEmails).as("seeded contacts with an email, and ours").hasSizeGreaterThan(80);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(pushPressEmails()).containsAll(ghlEmails));

        Map<String, Long> customersPerEmail = pushPressEmails().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(customersPerEmail).allSatisfy((email, customers) -> assertThat(customers).as(email).isEqualTo(1));
        assertThat(pushPressCreates()).as("customers created in PushPress").isEqualTo(ghlEmails.size());
        assertThat(ghlEmails()).as("HighLevel contacts, none doubled by the way back").hasSameSizeAs(ghlEmails);
        assertThat(get(simulators.url() + "/sandbox/stats").at("/ghl/rateLimited").asLong())
                .as("429s HighLevel had to send the two instances").isZero();
    }

    @Test
    void aTerminatedInstanceExitsWithinThirtySecondsAndItsWorkIsFinishedByTheOther() throws Exception {
        createContacts(0, 30);
        assertThat(b.terminate(Duration.ofSeconds(30))).as("time to exit after SIGTERM").isNotNull();

        List<String> ghlEmails = ghlEmails();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(pushPressEmails()).containsAll(ghlEmails));
        assertThat(pushPressCreates()).isEqualTo(ghlEmails.size());
    }

    /** New contacts as a HighLevel user makes them, about ten a second; the simulator sends their webhooks. */
    private void createContacts(int from, int count) throws Exception {
        for (int i = from; i < from + count; i++) {
            send("POST", simulators.url() + "/sandbox/ghl/_sim/user/locations/" + LOCATION + "/contacts",
                    Map.of("firstName", "Fault" + i, "lastName", "Suite", "email", "fault-" + run + "-" + i + "@example.com"));
            Thread.sleep(100);
        }
    }

    /** Emails of the HighLevel contacts that have one: the mirror links and creates customers by email. */
    private List<String> ghlEmails() throws Exception {
        List<String> emails = new ArrayList<>();
        get(simulators.url() + "/sandbox/ghl/_sim/locations/" + LOCATION + "/contacts").path("contacts")
                .forEach(contact -> emails.add(contact.path("email").asText().toLowerCase(Locale.ROOT)));
        emails.removeIf(String::isEmpty);
        return emails;
    }

    private List<String> pushPressEmails() throws Exception {
        List<String> emails = new ArrayList<>();
        get(simulators.url() + "/sandbox/pushpress/_sim/customers").path("customers")
                .forEach(customer -> emails.add(customer.path("email").asText().toLowerCase(Locale.ROOT)));
        return emails;
    }

    /** Successful {@code POST /v3/customers} the PushPress simulator answered, from its request log. */
    private long pushPressCreates() throws Exception {
        long creates = 0;
        long since = 0;
        while (true) {
            JsonNode page = get(simulators.url() + "/sandbox/pushpress/_sim/requests?since=" + since + "&limit=1000");
            JsonNode requests = page.path("requests");
            if (requests.isEmpty()) {
                return creates;
            }
            for (JsonNode request : requests) {
                since = Math.max(since, request.path("seq").asLong());
                if (request.path("method").asText().equals("POST") && request.path("path").asText().endsWith("/v3/customers")
                        && request.path("status").asInt() == 201) {
                    creates++;
                }
            }
        }
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }

    private JsonNode send(String method, String url, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private AppProcess track(AppProcess process) {
        processes.add(process);
        return process;
    }

    private void createSchema() {
        try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            db.createStatement().execute("create schema " + schema);
        } catch (SQLException unreachable) {
            boolean required = "required".equals(System.getenv("GHLSYNC_FAULT_SUITE"));
            if (required) {
                throw new IllegalStateException("the fault suite needs PostgreSQL at " + POSTGRES, unreachable);
            }
            Assumptions.abort("no PostgreSQL at " + POSTGRES + " (" + unreachable.getMessage() + ")");
        }
    }
}
