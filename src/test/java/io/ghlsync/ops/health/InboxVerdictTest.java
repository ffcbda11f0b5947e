package io.ghlsync.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The inbox indicator's verdict on a backlog, by its two limits. */
class InboxVerdictTest {

    private static final long MAX_BACKLOG = 1000;
    private static final Duration MAX_AGE = Duration.ofMinutes(15);

    @Test
    void aBacklogWithinBothLimitsIsUp() {
        assertThat(verdict(999, Duration.ofMinutes(14)).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anEventWaitingLongerThanTheMaximumAgeMakesTheInboxDown() {
        Health health = verdict(3, Duration.ofMinutes(17).plusSeconds(3));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString())
                .contains("waited 17m3s, longer than ghlsync.health.max-backlog-age=15m").contains("3 events wait");
    }

    @Test
    void moreEventsThanTheInboxTakesMakeItOutOfService() {
        Health health = verdict(1001, Duration.ofSeconds(5));

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails().get("reason").toString())
                .contains("1001 events wait, more than ghlsync.inbox.max-backlog=1000").contains("429");
    }

    private static Health verdict(long depth, Duration oldest) {
        Health.Builder builder = Health.unknown();
        InboxHealthIndicator.judge(builder, depth, oldest, MAX_BACKLOG, MAX_AGE);
        return builder.build();
    }
}
