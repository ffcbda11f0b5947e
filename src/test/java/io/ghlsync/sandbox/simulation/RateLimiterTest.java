package io.ghlsync.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void letsTheBudgetThroughThenAsksForAtLeastOneSecond() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(2, Duration.ofMinutes(1)));

        assertThat(limiter.tryAcquire()).isEmpty();
        assertThat(limiter.tryAcquire()).isEmpty();
        OptionalLong wait = limiter.tryAcquire();

        assertThat(wait).isPresent();
        assertThat(wait.getAsLong()).isBetween(1L, 30L);
    }

    @Test
    void zeroRequestsMeansNoLimit() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(0, Duration.ofSeconds(1)));

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire()).isEmpty();
        }
    }
}
