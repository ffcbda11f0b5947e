package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ops.DeadLetter;
import io.ghlsync.ops.DeadLetterReplay;
import io.ghlsync.ops.DeadLetterStore;
import io.ghlsync.sandbox.ghl.FaultSpec;

/**
 * Issue 8, fault suite: HighLevel misbehaves while the mirror is busy with new contacts — 429s (each holds every
 * caller of the location back for HighLevel's whole interval, 10 s), a burst of 503s, slow answers, malformed and
 * truncated bodies, each hitting about half of the requests until it is spent
 * — and afterwards the simulators are counted. Every contact reached PushPress exactly once, or waits in the dead
 * letters with its reason and reaches PushPress exactly once when replayed: retried, dead-lettered when hopeless,
 * never silently dropped, never doubled.
 */
@MirrorAppTest
class FaultStormTest {

    @Autowired
    MirrorWorld world;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    DeadLetterReplay replay;

    @AfterEach
    void calmHighLevel() {
        world.ghl.clearFaults();
    }

    @Test
    void contactsSyncedThroughHighLevelStormsArriveOnceEachOrWaitAsDeadLetters() {
        String batch = MirrorWorld.unique("storm");
        long creates = world.pushpressSequence();
        long storm = world.ghl.lastRequestSequence();
        world.ghl.injectFault(FaultSpec.rateLimited(8).withProbability(0.5));
        world.ghl.injectFault(FaultSpec.serverError(503, 20).withProbability(0.5));
        world.ghl.injectFault(FaultSpec.timeout(Duration.ofSeconds(1), 10).withProbability(0.3));
        world.ghl.injectFault(FaultSpec.malformedBody(10).withProbability(0.5));
        world.ghl.injectFault(FaultSpec.truncatedBody(5).withProbability(0.5));

        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = batch + "-" + i + "@example.com";
            emails.add(email);
            world.ghlContact("Storm" + i, email);
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> emails.stream()
                .allMatch(email -> !world.pushpressCustomersWithEmail(email).isEmpty() || deadLettered(email)));
        world.ghl.clearFaults();
        world.awaitQuiet();
        assertThat(world.ghl.requests(storm).stream().filter(request -> request.fault() != null))
                .as("requests the storm hit").hasSizeGreaterThan(20);

        List<DeadLetter> waiting = deadLetters.list(null, world.ghl.locationId(), DeadLetter.OPEN, 0, 1000);
        assertThat(waiting).allSatisfy(row -> assertThat(row.errorMessage()).as("the reason of #" + row.id()).isNotBlank());
        waiting.forEach(row -> replay.replay(row.id()));
        world.awaitQuiet();

        Map<String, Long> customersPerEmail = world.pushpress.customers().stream().map(c -> c.path("email").asText())
                .filter(email -> email.startsWith(batch)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(customersPerEmail.keySet()).containsExactlyInAnyOrderElementsOf(emails);
        assertThat(customersPerEmail).allSatisfy((email, count) -> assertThat(count).as(email).isEqualTo(1));
        assertThat(world.pushpressWrites(creates, r -> r.method().equals("POST") && r.status() == 201))
                .as("customers created in PushPress").hasSize(30);
        assertThat(deadLetters.list(null, world.ghl.locationId(), DeadLetter.OPEN, 0, 1000)).isEmpty();
    }

    private boolean deadLettered(String email) {
        return deadLetters.list(null, world.ghl.locationId(), DeadLetter.OPEN, 0, 1000).stream()
                .anyMatch(row -> row.payload().contains(email));
    }
}
