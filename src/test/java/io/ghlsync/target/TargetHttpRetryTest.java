package io.ghlsync.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.push.PushSimulator;
import io.ghlsync.sandbox.push.PushSimulatorProperties;
import io.ghlsync.sandbox.simulation.RequestRecord;
import io.ghlsync.target.push.PushClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How every target client retries, shown with the Push client and simulator: the number and spacing
 * of attempts are read from the simulator's request log (its arrival times), not from a clock here.
 */
@SyncAppTest
class TargetHttpRetryTest {

    private static final Map<String, Object> NOTIFICATION = Map.of("title", "Retry", "body", "test");

    @Autowired
    PushClient push;

    @Autowired
    PushSimulator phones;

    @Autowired
    PushSimulatorProperties simulatorProperties;

    @Autowired
    TargetHttpFactory factory;

    @Autowired
    ObjectMapper json;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void quietSimulator() {
        phones.service().reset();
    }

    @Test
    void a429IsRetriedNoSoonerThanTheServersRetryAfter() {
        phones.service().faults().rateLimitNext(2, 1);

        push.send(NOTIFICATION);

        List<RequestRecord> attempts = phones.service().requests(0);
        assertThat(attempts).extracting(RequestRecord::status).containsExactly(429, 429, 200);
        assertThat(gaps(attempts)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(phones.total()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedWithAGrowingBackoff() {
        phones.service().faults().serverErrorNext(2, 503);

        push.send(NOTIFICATION);

        List<RequestRecord> attempts = phones.service().requests(0);
        assertThat(attempts).extracting(RequestRecord::status).containsExactly(503, 503, 200);
        // initial-backoff 200ms with jitter: the first wait is 100-200 ms, the second 200-400 ms.
        assertThat(gaps(attempts).get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(gaps(attempts).get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void afterTheLastAttemptServerErrorsBecomeATypedUnavailableError() {
        phones.service().faults().serverErrorNext(10, 500);

        assertThatThrownBy(() -> push.send(NOTIFICATION))
                .isInstanceOfSatisfying(TargetUnavailableException.class, e -> {
                    assertThat(e).isNotInstanceOf(TargetRateLimitedException.class);
                    assertThat(e.attempts()).isEqualTo(4);
                    assertThat(e.lastOutcome()).isEqualTo("HTTP 500: simulated server error");
                    assertThat(e.target()).isEqualTo("push");
                    assertThat(e.operation()).isEqualTo("send");
                });
        assertThat(phones.service().requests(0)).hasSize(4);
        assertThat(phones.total()).isZero();
    }

    @Test
    void afterTheLastAttemptA429BecomesARateLimitedError() {
        phones.service().faults().rateLimitNext(10, 0);

        assertThatThrownBy(() -> push.send(NOTIFICATION)).isInstanceOfSatisfying(TargetRateLimitedException.class,
                e -> assertThat(e.attempts()).isEqualTo(4));
        assertThat(phones.service().requests(0)).hasSize(4);
    }

    @Test
    void aRetryAfterLongerThanTheClientMayWaitFailsAtOnce() {
        phones.service().faults().rateLimitNext(1, 3600);

        assertThatThrownBy(() -> push.send(NOTIFICATION)).isInstanceOf(TargetRateLimitedException.class)
                .hasMessageContaining("asked to wait 3600s")
                .hasMessageContaining("ghlsync.push.http.max-retry-after");
        assertThat(phones.service().requests(0)).hasSize(1);
    }

    @Test
    void aTimeoutIsRetried() {
        CallPolicy impatient = new CallPolicy(Duration.ofSeconds(1), Duration.ofMillis(300), 3, Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofSeconds(5));
        TargetHttp http = pushCaller(impatient, simulatorProperties.apiKey());
        phones.service().faults().timeoutNext(1, Duration.ofSeconds(2));

        http.call("send", "POST", "/notify", NOTIFICATION);

        assertThat(phones.total()).isEqualTo(1);
        // The held request is logged when the simulator lets go of it, after the retry was served.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(phones.service().requests(0))
                .extracting(RequestRecord::fault).containsExactlyInAnyOrder("timeout", null));
    }

    @Test
    void aClientErrorIsNotRetriedAndCarriesTheServersMessage() {
        TargetHttp http = pushCaller(CallPolicy.defaults(), simulatorProperties.apiKey());

        assertThatThrownBy(() -> http.call("send", "POST", "/notify", Map.of("body", "no title")))
                .isInstanceOfSatisfying(TargetRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.serverMessage()).isEqualTo("title is required");
                    assertThat(e).hasMessage("push send: HTTP 400: title is required");
                });
        assertThat(phones.service().requests(0)).hasSize(1);
    }

    @Test
    void everyAttemptIsCountedByTargetOperationAndStatus() {
        double before429 = count("429");
        double before200 = count("200");
        phones.service().faults().rateLimitNext(1, 0);

        push.send(NOTIFICATION);

        assertThat(count("429") - before429).isEqualTo(1);
        assertThat(count("200") - before200).isEqualTo(1);
    }

    private TargetHttp pushCaller(CallPolicy policy, String apiKey) {
        return new TargetHttp("push", policy, () -> TargetConnection.sandbox(factory.simulator("push") + "/api/v1",
                Map.of("x-api-key", apiKey)), json, meters, Clock.systemUTC());
    }

    private double count(String status) {
        Counter counter = meters.find("ghlsync.target.calls").tags("target", "push", "operation", "send", "status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Duration> gaps(List<RequestRecord> attempts) {
        return IntStream.range(1, attempts.size())
                .mapToObj(i -> Duration.between(attempts.get(i - 1).at(), attempts.get(i).at())).toList();
    }
}
