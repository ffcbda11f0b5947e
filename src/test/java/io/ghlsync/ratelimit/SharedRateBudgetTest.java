package io.ghlsync.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlSimulatorControl;
import io.ghlsync.ghl.GhlSimulatorControl.Request;

/**
 * Two instances on one database spend one location's HighLevel budget once (issue 8): two budgets over the same
 * {@code rate_budget} table, as two processes would hold, pace callers of both so that the simulator, enforcing a
 * small sliding-window limit (20 per second), refuses none of their requests. Paced alone, each would send 18 per
 * second and together nearly twice the limit.
 */
@SyncAppTest
class SharedRateBudgetTest {

    private static final String LOCATION = "sandbox-location";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RateLimitProperties properties;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void smallBudget() {
        simulator = new GhlSimulatorControl(port);
        simulator.rateLimits("{\"burst\":20,\"intervalMillis\":1000,\"daily\":200000}");
    }

    @AfterEach
    void defaultBudget() {
        simulator.rateLimits("{\"burst\":100,\"intervalMillis\":10000,\"daily\":200000}");
    }

    @Test
    void twoInstancesOnOneDatabaseTogetherNeverMeetA429() throws Exception {
        String contactId = simulator.contactIds(LOCATION).get(0);
        List<RateBudget> instances = List.of(new SharedRateBudget(jdbc, transactions, properties),
                new SharedRateBudget(jdbc, transactions, properties));
        long mark = simulator.mark();

        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                RateBudget budget = instances.get(i % 2);
                calls.add(callers.submit(() -> paced(budget, contactId)));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdown();
        }

        assertThat(simulator.requestsSince(mark, "getContact")).filteredOn(r -> r.path().endsWith(contactId))
                .hasSize(80).extracting(Request::status).containsOnly(200);
    }

    /** What GhlClient does around one request: wait for the budget, send, report what the answer said is left. */
    private int paced(RateBudget budget, String contactId) throws Exception {
        budget.acquire(LOCATION);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/ghl/contacts/" + contactId))
                .header("Authorization", "Bearer sandbox-token").header("Version", "2021-07-28").build(),
                HttpResponse.BodyHandlers.ofString());
        budget.observe(LOCATION, RateLimitReport.parse(name -> answer.headers().firstValue(name)));
        return answer.statusCode();
    }
}
