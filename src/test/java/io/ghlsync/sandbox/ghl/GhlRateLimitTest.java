package io.ghlsync.sandbox.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** HighLevel's budget per app and location and its {@code X-RateLimit-*} headers (docs/api-research.md §1.7). */
@SyncAppTest
class GhlRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private final String location = "limits-" + UUID.randomUUID();

    @BeforeEach
    void client() {
        ghl = SimulatorHttp.forPort(port);
    }

    @AfterEach
    void restoreHighLevelsLimits() {
        simulator.rateLimits(RateLimitSettings.HIGHLEVEL);
    }

    @Test
    void theDefaultsAreHighLevels100Per10SecondsAnd200000PerDay() {
        Reply reply = list(location);

        assertThat(simulator.rateLimits()).isEqualTo(RateLimitSettings.HIGHLEVEL);
        assertThat(reply.header("X-RateLimit-Max")).isEqualTo("100");
        assertThat(reply.header("X-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(reply.header("X-RateLimit-Limit-Daily")).isEqualTo("200000");
    }

    @Test
    void everyAnswerReportsTheBudgetLeft() {
        Reply first = list(location);
        Reply second = list(location);

        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("99");
        assertThat(first.header("X-RateLimit-Daily-Remaining")).isEqualTo("199999");
        assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("98");
        assertThat(second.header("X-RateLimit-Daily-Remaining")).isEqualTo("199998");
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        Reply reply = ghl.get("/contacts/unknown-contact-id?locationId=" + location);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("99");
    }

    @Test
    void theRequestAfterTheBurstIs429WithRetryAfter() {
        setLimits("{\"burst\":3,\"intervalMillis\":60000}");
        for (int i = 0; i < 3; i++) {
            assertThat(list(location).status()).isEqualTo(200);
        }

        Reply limited = list(location);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().toString()).isEqualTo("{\"statusCode\":429,\"message\":\"Too many requests\"}");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.header("X-RateLimit-Max")).isEqualTo("3");
    }

    @Test
    void eachLocationHasItsOwnBudget() {
        setLimits("{\"burst\":1,\"intervalMillis\":60000}");
        list(location);

        assertThat(list(location).status()).isEqualTo(429);
        assertThat(list("limits-" + UUID.randomUUID()).status()).isEqualTo(200);
    }

    @Test
    void theWindowSlidesSoTheBudgetComesBack() {
        setLimits("{\"burst\":2,\"intervalMillis\":1000}");
        list(location);
        list(location);
        assertThat(list(location).status()).isEqualTo(429);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> list(location).status() == 200);
    }

    @Test
    void anExhaustedDailyBudgetIs429WithNoneLeft() {
        setLimits("{\"daily\":2}");
        list(location);
        list(location);

        Reply limited = list(location);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Daily-Remaining")).isEqualTo("0");
    }

    @Test
    void requestsAnd429sAreCountedInTheSandboxStats() {
        long rateLimited = stats("rateLimited");
        long requests = stats("requests");
        setLimits("{\"burst\":1,\"intervalMillis\":60000}");

        list(location);
        list(location);

        assertThat(stats("requests")).isGreaterThanOrEqualTo(requests + 2);
        assertThat(stats("rateLimited")).isGreaterThanOrEqualTo(rateLimited + 1);
    }

    private Reply list(String locationId) {
        return ghl.get("/contacts/?locationId=" + locationId + "&limit=1");
    }

    private void setLimits(String json) {
        Reply reply = ghl.withHeaders().put("/_sim/rate-limits", json);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private long stats(String field) {
        return SimulatorHttp.at("http://127.0.0.1:" + port + "/sandbox").get("/stats").json().at("/ghl/" + field).asLong();
    }
}
