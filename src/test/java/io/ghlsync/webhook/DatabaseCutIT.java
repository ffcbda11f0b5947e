package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.SyncAppTest;

/**
 * Issue 8, fault suite: the database connection is cut and restored while HighLevel webhooks keep arriving. The app
 * reaches PostgreSQL through a {@link TcpProxy} the test cuts for a few seconds. While the database is gone, intake
 * answers 429 with Retry-After (the one status HighLevel retries) and never 5xx; every webhook it acknowledged with
 * 200 is in the inbox; once the database is back, intake accepts again without a restart (within 30 s: the
 * connection pool reconnects on its own schedule).
 *
 * <p>Runs in {@code mvn verify} (failsafe) against the PostgreSQL at 127.0.0.1:5432 in a schema of its own; skipped
 * without it unless {@code GHLSYNC_FAULT_SUITE=required}.
 */
@SyncAppTest
@TestPropertySource(properties = {"spring.datasource.hikari.connection-timeout=1500",
    "spring.datasource.hikari.validation-timeout=1000", "ghlsync.sandbox.ghl.webhooks.enabled=false"})
class DatabaseCutIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "dbcut_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static TcpProxy proxy;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeAll
    static void postgresBehindACuttableLink() throws Exception {
        try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            db.createStatement().execute("create schema " + SCHEMA);
        } catch (SQLException unreachable) {
            if ("required".equals(System.getenv("GHLSYNC_FAULT_SUITE"))) {
                throw new IllegalStateException("the fault suite needs PostgreSQL at " + POSTGRES, unreachable);
            }
            Assumptions.abort("no PostgreSQL at " + POSTGRES + " (" + unreachable.getMessage() + ")");
        }
        proxy = new TcpProxy("127.0.0.1", 5432);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?currentSchema="
                + SCHEMA + "&connectTimeout=2&socketTimeout=10");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void whileTheDatabaseIsGoneIntakeAnswers429AndKeepsEverythingItAcknowledged() throws Exception {
        WebhookClient client = new WebhookClient(port);
        List<String> acknowledged = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();

        long start = System.nanoTime();
        boolean wasCut = false;
        boolean restored = false;
        // After the restore, until five answers in a row are 200 (the pool has reconnected), for 30 s at most.
        while (!restored || seconds(start) < 38 && !endsWithFiveAccepted(statuses)) {
            if (!wasCut && seconds(start) >= 3) {
                proxy.cut();
                wasCut = true;
            }
            if (wasCut && !restored && seconds(start) >= 8) {
                proxy.restore();
                restored = true;
            }
            ObjectNode delivery = GhlExamples.delivery("ContactUpdate");
            delivery.put("id", "cut-" + UUID.randomUUID());
            HttpResponse<String> answer = client.postGhl(GhlExamples.bytes(delivery));
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 200) {
                acknowledged.add(delivery.get("webhookId").asText());
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.body()).contains("nothing was stored");
            }
            Thread.sleep(20);
        }

        assertThat(statuses).as("refused while the database was gone").contains(429);
        assertThat(endsWithFiveAccepted(statuses)).as("accepted again, no restart: " + statuses).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acknowledged)
                .allSatisfy(webhookId -> assertThat(jdbc.queryForObject("select count(*) from inbox_event"
                        + " where source = 'ghl' and event_key = ?", Integer.class, webhookId)).as(webhookId).isEqualTo(1)));
    }

    private static boolean endsWithFiveAccepted(List<Integer> statuses) {
        return statuses.size() >= 5 && statuses.subList(statuses.size() - 5, statuses.size()).stream().allMatch(s -> s == 200);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
