package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.ghl.GhlSimulatorControl.Request;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The client paces each location's requests so that HighLevel never has to refuse one: the
 * simulator enforces a small budget (20 per second, sliding window, as HighLevel's 100 per 10 s),
 * and its request log must show no 429 at all.
 */
@FastRetries
class PacingTest {

    private static final String LOCATION = "sandbox-location";

    @Autowired
    GhlApi ghl;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;
    private String contactId;

    @BeforeEach
    void smallBudget() {
        simulator = new GhlSimulatorControl(port);
        simulator.rateLimits("{\"burst\":20,\"intervalMillis\":1000,\"daily\":200000}");
        contactId = ghl.call("createContact", Map.of(), Map.of("email", "paced." + UUID.randomUUID() + "@example.com"))
                .at("/contact/id").asText();
    }

    @AfterEach
    void defaultBudget() {
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":10000,\"daily\":200000}");
    }

    @Test
    void manyConcurrentCallersForOneLocationNeverMeetA429() throws Exception {
        long mark = simulator.mark();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                calls.add(pool.submit(() -> ghl.call("getContact", Map.of("contactId", contactId))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }

        // Only this test's contact: the sync in this context may read others meanwhile.
        assertThat(simulator.requestsSince(mark, "getContact")).filteredOn(r -> r.path().endsWith(contactId))
                .hasSize(60).extracting(Request::status).containsOnly(200);
    }

    @Test
    void whenSomeoneElseSpendsTheSameBudgetTheClientFollowsTheRemainingItIsTold() throws Exception {
        ghl.call("getContact", Map.of("contactId", contactId)); // learns the 20-per-second limit
        long mark = simulator.mark();
        spendElsewhere(15);

        for (int i = 0; i < 10; i++) {
            ghl.call("getContact", Map.of("contactId", contactId));
        }

        List<Request> received = simulator.requestsSince(mark, "getContact").stream()
                .filter(r -> r.path().endsWith(contactId)).toList();
        assertThat(received).hasSize(25).extracting(Request::status).containsOnly(200);
        assertThat(meters.get("ghlsync.ghl.rate.budget.remaining").tag("location", LOCATION).gauge().value())
                .isBetween(0.0, 20.0);
    }

    /** Another instance of the app (same token, same location) spending the budget behind the client's back. */
    private void spendElsewhere(int requests) throws Exception {
        HttpClient other = HttpClient.newHttpClient();
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> answer = other.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/sandbox/ghl/contacts/" + contactId))
                    .header("Authorization", "Bearer sandbox-token").header("Version", "2021-07-28").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }
}
