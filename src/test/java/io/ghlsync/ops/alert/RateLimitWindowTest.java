package io.ghlsync.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 429s are counted over the last window from samples of the client's running counts. */
class RateLimitWindowTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final RateLimitWindow window = new RateLimitWindow(Duration.ofMinutes(5));

    @Test
    void countsWhatWasAddedSinceTheFirstSampleWhileTheWindowIsYoung() {
        window.add(T0, Map.of());
        window.add(T0.plusSeconds(30), Map.of("loc-a", 3.0));

        RateLimitWindow.Counted counted = window.add(T0.plusSeconds(60), Map.of("loc-a", 7.0, "loc-b", 2.0));

        assertThat(counted.byLocation()).containsEntry("loc-a", 7L).containsEntry("loc-b", 2L);
        assertThat(counted.total()).isEqualTo(9);
        assertThat(counted.span()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void forgetsWhatHappenedBeforeTheWindow() {
        window.add(T0, Map.of());
        window.add(T0.plusSeconds(60), Map.of("loc-a", 40.0));
        window.add(T0.plusSeconds(400), Map.of("loc-a", 40.0));

        RateLimitWindow.Counted counted = window.add(T0.plusSeconds(420), Map.of("loc-a", 41.0));

        assertThat(counted.byLocation()).containsExactly(Map.entry("loc-a", 1L));
        assertThat(counted.span()).isEqualTo(Duration.ofSeconds(360));
    }
}
