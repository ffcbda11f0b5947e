package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.ghlsync.SyncAppTest;

/**
 * Several instances claim from one inbox and never work on the same group at once. Each test uses a source name
 * of its own, which no handler consumes, so the application's own workers leave its rows alone, and which keeps
 * the test's rows apart from other tests' on a shared PostgreSQL schema.
 */
@SyncAppTest
@TestPropertySource(properties = {"ghlsync.inbox.coalesce-delay=0s", "ghlsync.inbox.lease=5s"})
class InboxClaimsTest {

    @Autowired
    InboxClaims claims;

    @Autowired
    InboxOutcomes outcomes;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String source;

    @BeforeEach
    void setUp() {
        source = "claims" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    @Test
    void aGroupBeingClaimedIsInvisibleToAnotherInstanceUntilDone() throws Exception {
        store("g1", 1);
        CountDownLatch claimedButNotCommitted = new CountDownLatch(1);
        CountDownLatch otherHasLooked = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        // Instance A claims inside a transaction that stays open until B has looked: A's row locks are held.
        Future<List<ClaimedGroup>> a = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
            List<ClaimedGroup> claimed = claims.claim("instance-a", Set.of(source), 10);
            claimedButNotCommitted.countDown();
            await(otherHasLooked);
            return claimed;
        }));
        await(claimedButNotCommitted);
        store("g1", 2); // arrives while A's claim is in progress

        List<ClaimedGroup> seenByBWhileALocks = claims.claim("instance-b", Set.of(source), 10);
        otherHasLooked.countDown();
        List<ClaimedGroup> claimedByA = a.get(30, TimeUnit.SECONDS);
        List<ClaimedGroup> seenByBAfterACommitted = claims.claim("instance-b", Set.of(source), 10);
        outcomes.delivered("instance-a", claimedByA.get(0));
        List<ClaimedGroup> seenByBAfterADone = claims.claim("instance-b", Set.of(source), 10);
        threads.shutdown();

        assertThat(claimedByA).singleElement().satisfies(group -> assertThat(group.rows()).hasSize(1));
        assertThat(seenByBWhileALocks).isEmpty();
        assertThat(seenByBAfterACommitted).isEmpty();
        assertThat(seenByBAfterADone).singleElement()
                .satisfies(group -> assertThat(group.rows()).extracting(ClaimedGroup.Row::eventKey)
                        .containsExactly(key("g1", 2)));
    }

    @Test
    void concurrentInstancesNeverHoldTheSameGroupAtOnce() throws Exception {
        int groups = 40;
        for (int event = 0; event < 5; event++) {
            for (int group = 0; group < groups; group++) {
                store("g" + group, event);
            }
        }
        Map<String, String> holders = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        List<String> delivered = new CopyOnWriteArrayList<>();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String instance = "instance-" + i;
            runs.add(instances.submit(() -> {
                for (int round = 0; round < 200 && delivered.size() < groups * 5; round++) {
                    for (ClaimedGroup group : claims.claim(instance, Set.of(source), 3)) {
                        String other = holders.putIfAbsent(group.groupKey(), instance);
                        if (other != null) {
                            overlaps.add(group.groupKey() + " held by " + other + " and " + instance);
                        }
                        group.rows().forEach(row -> delivered.add(row.eventKey()));
                        holders.remove(group.groupKey());
                        outcomes.delivered(instance, group);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        instances.shutdown();

        assertThat(overlaps).isEmpty();
        assertThat(delivered).hasSize(groups * 5).doesNotHaveDuplicates();
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOver() {
        store("g1", 1);
        claims.claim("dead-instance", Set.of(source), 10);
        jdbc.update("update inbox_event set lease_until = ? where source = ?",
                java.time.OffsetDateTime.now().minusSeconds(1), source);

        List<ClaimedGroup> takenOver = claims.claim("survivor", Set.of(source), 10);

        assertThat(takenOver).singleElement().satisfies(group -> assertThat(group.rows()).hasSize(1));
        assertThat(jdbc.queryForObject("select claimed_by from inbox_event where source = ?", String.class, source))
                .isEqualTo("survivor");
    }

    @Test
    void aLiveClaimIsNotTakenOver() {
        store("g1", 1);
        claims.claim("busy-instance", Set.of(source), 10);

        assertThat(claims.claim("other-instance", Set.of(source), 10)).isEmpty();
    }

    private void store(String group, int event) {
        inbox.store(new NewInboxEvent(source, key(group, event), "thing.changed", null, source + ":" + group,
                Instant.now(), "{}"));
    }

    private static String key(String group, int event) {
        return group + "-" + event;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
