package io.ghlsync.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long INTERVAL = 10 * SECOND;

    /** HighLevel's documented limit: 100 per 10 s; burst 10, 10 % headroom → 80 more per 10 s = one per 125 ms. */
    private final TokenBucket bucket = new TokenBucket(100, INTERVAL, 10, 0.1, 0);

    @Test
    void theBurstGoesAtOnceThenRequestsArePacedAtTheRefillRate() {
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.reserve(0)).isZero();
        }
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 8);
        assertThat(bucket.reserve(0)).isEqualTo(2 * SECOND / 8);
    }

    @Test
    void anIdleBucketRefillsOnlyUpToTheBurst() {
        drain();
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.reserve(100 * SECOND)).isZero();
        }
        assertThat(bucket.reserve(100 * SECOND)).isPositive();
    }

    @Property(tries = 200)
    void noIntervalEverSeesMoreThanTheBudgetLessTheHeadroom(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 60_000) Integer> arrivalsMillis) {
        TokenBucket fresh = new TokenBucket(100, INTERVAL, 10, 0.1, 0);
        List<Long> sends = new ArrayList<>();
        List<Integer> arrivals = new ArrayList<>(arrivalsMillis);
        Collections.sort(arrivals);
        for (int arrival : arrivals) {
            long now = arrival * 1_000_000L;
            sends.add(now + fresh.reserve(now));
        }
        Collections.sort(sends);
        for (int first = 0; first < sends.size(); first++) {
            int inWindow = 0;
            for (int i = first; i < sends.size() && sends.get(i) < sends.get(first) + INTERVAL; i++) {
                inWindow++;
            }
            assertThat(inWindow).isLessThanOrEqualTo(90);
        }
    }

    @Test
    void aLimitReportedByTheServerReplacesTheConfiguredOne() {
        bucket.configure(10, SECOND);
        // 10 per second, 10 % headroom → 9 safe; burst capped at 4 → 5 more per second = one per 200 ms.
        for (int i = 0; i < 4; i++) {
            assertThat(bucket.reserve(0)).isZero();
        }
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 5);
    }

    @Test
    void aServerBudgetSmallerThanTheBurstCapsTheBurst() {
        bucket.clampTo(12, 0);
        // 12 left less the 10 held in reserve: two requests may go now, the third waits for a refill.
        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 8);
    }

    @Test
    void aServerBudgetEatenIntoTheReserveHoldsEverythingForAWholeInterval() {
        bucket.clampTo(9, 0);
        assertThat(bucket.heldOffFor(0)).isEqualTo(INTERVAL);
        assertThat(bucket.reserve(0)).isEqualTo(INTERVAL);
    }

    @Test
    void aHoldOffDelaysEveryoneAndThenLetsOneRequestGoAtOnce() {
        bucket.blockUntil(3 * SECOND, 0);
        assertThat(bucket.heldOffFor(SECOND)).isEqualTo(2 * SECOND);
        assertThat(bucket.reserve(SECOND)).isEqualTo(2 * SECOND);
        assertThat(bucket.reserve(SECOND)).isEqualTo(2 * SECOND + SECOND / 8);
        assertThat(bucket.heldOffFor(3 * SECOND)).isZero();
    }

    private void drain() {
        while (bucket.reserve(0) == 0) {
            // take the burst
        }
    }
}
