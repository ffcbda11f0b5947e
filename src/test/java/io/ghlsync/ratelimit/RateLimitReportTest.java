package io.ghlsync.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RateLimitReportTest {

    @Test
    void allFiveHighLevelHeadersAreRead() {
        RateLimitReport report = RateLimitReport.parse(headers(Map.of(
                "X-RateLimit-Max", "100", "X-RateLimit-Interval-Milliseconds", "10000",
                "X-RateLimit-Remaining", "97", "X-RateLimit-Limit-Daily", "200000",
                "X-RateLimit-Daily-Remaining", "199990")));
        assertThat(report.max()).hasValue(100);
        assertThat(report.interval()).contains(Duration.ofSeconds(10));
        assertThat(report.remaining()).hasValue(97);
        assertThat(report.dailyLimit()).hasValue(200_000);
        assertThat(report.dailyRemaining()).hasValue(199_990);
        assertThat(report.dailyBudgetSpent()).isFalse();
    }

    @Test
    void aSpentDailyBudgetIsRecognised() {
        assertThat(RateLimitReport.parse(headers(Map.of("X-RateLimit-Daily-Remaining", "0"))).dailyBudgetSpent()).isTrue();
    }

    @Test
    void missingOrGarbledHeadersAreAbsentNotErrors() {
        RateLimitReport report = RateLimitReport.parse(headers(Map.of(
                "X-RateLimit-Max", "lots", "X-RateLimit-Interval-Milliseconds", "-5", "X-RateLimit-Remaining", "")));
        assertThat(report).isEqualTo(RateLimitReport.NONE);
    }

    private static java.util.function.Function<String, Optional<String>> headers(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
