package io.ghlsync.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 5);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @RepeatedTest(20)
    void delaysGrowExponentiallyWithinHalfToFullOfEachStep() {
        assertThat(backoff.delayAfter(1).toMillis()).isBetween(50L, 100L);
        assertThat(backoff.delayAfter(2).toMillis()).isBetween(100L, 200L);
        assertThat(backoff.delayAfter(3).toMillis()).isBetween(200L, 400L);
    }

    @RepeatedTest(20)
    void delaysNeverExceedTheCap() {
        assertThat(backoff.delayAfter(30).toMillis()).isBetween(1000L, 2000L);
    }

    @Test
    void aLongerServerHintWinsAndAShorterOneDoesNot() {
        assertThat(backoff.delayAfter(1, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.delayAfter(3, Optional.of(Duration.ofMillis(1))).toMillis()).isGreaterThanOrEqualTo(200L);
    }

    @Test
    void retriesStopAtMaxAttempts() {
        assertThat(backoff.allowsRetryAfter(4)).isTrue();
        assertThat(backoff.allowsRetryAfter(5)).isFalse();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(Backoff.parseRetryAfter("3", clock)).contains(Duration.ofSeconds(3));
        assertThat(Backoff.parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", clock)).contains(Duration.ofSeconds(10));
        assertThat(Backoff.parseRetryAfter("soon", clock)).isEmpty();
        assertThat(Backoff.parseRetryAfter(null, clock)).isEmpty();
        assertThat(Backoff.parseRetryAfter("-1", clock)).isEmpty();
    }
}
