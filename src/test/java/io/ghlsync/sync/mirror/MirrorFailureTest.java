package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.ghlsync.ops.DeadLetter;
import io.ghlsync.ops.DeadLetterReplay;
import io.ghlsync.ops.DeadLetterStore;

/**
 * A record the mirror cannot deliver ends in the dead letters as the flow's own, with the record and the reason, and
 * a replay once the other side is back delivers it exactly once.
 */
@MirrorAppTest
class MirrorFailureTest {

    @Autowired
    MirrorWorld world;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    DeadLetterReplay replay;

    @AfterEach
    void healthyPushPress() {
        world.pushpress.service().faults().clear();
    }

    @Test
    void aContactPushPressKeepsRefusingIsDeadLetteredAsTheFlowsAndReplaysToOneCustomer() {
        world.pushpress.service().faults().serverErrorNext(1000, 503);
        String email = MirrorWorld.unique("fay") + "@example.com";
        String contactId = world.ghlContact("Fay", email);

        await().atMost(Duration.ofSeconds(60)).until(() -> openFor(contactId).size() == 1);
        DeadLetter row = openFor(contactId).get(0);
        assertThat(row.flow()).isEqualTo("ghl-contact-to-pushpress");
        assertThat(row.endpoint()).isEqualTo("direct://ghl-contact-to-pushpress");
        assertThat(row.objectType()).isEqualTo("contact");
        assertThat(row.payload()).contains(email);
        assertThat(row.errorMessage()).contains("503");
        assertThat(world.pushpressCustomersWithEmail(email)).isEmpty();

        world.pushpress.service().faults().clear();
        assertThat(replay.replay(row.id())).isEqualTo(DeadLetterReplay.Outcome.RESOLVED);
        assertThat(replay.replay(row.id())).isEqualTo(DeadLetterReplay.Outcome.NOT_OPEN);
        world.awaitQuiet();
        assertThat(world.pushpressCustomersWithEmail(email)).hasSize(1);
    }

    private List<DeadLetter> openFor(String contactId) {
        return deadLetters.list("ghl-contact-to-pushpress", world.ghl.locationId(), DeadLetter.OPEN, 0, 1000).stream()
                .filter(row -> contactId.equals(row.objectId())).toList();
    }
}
