package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.zaxxer.hikari.HikariDataSource;

import io.ghlsync.GhlSyncApplication;
import io.ghlsync.SyncAppTest;

/**
 * Processing stopped between the inbox write and the delivery loses nothing and doubles nothing. A second instance
 * of the application runs on the same database; it claims the events and is then killed or stopped mid-delivery,
 * and this instance delivers everything once.
 */
@SyncAppTest
@TestPropertySource(properties = {"ghlsync.inbox.poll-interval=50ms", "ghlsync.inbox.coalesce-delay=0s",
        "ghlsync.inbox.lease=2s"})
class InboxCrashRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamelContext camel;

    @Autowired
    Inbox inbox;

    @Autowired
    InboxWorkers workers;

    String location;
    ConfigurableApplicationContext other;
    RecordingHandler handler;
    final CountDownLatch stuck = new CountDownLatch(1);

    List<String> paused;

    /** This instance takes no part until a test gives it a handler: the other instance claims the events. */
    @BeforeEach
    void setUp() throws Exception {
        location = "loc-" + UUID.randomUUID();
        paused = RecordingHandler.stopHandlers(camel, "ghl");
    }

    @AfterEach
    void tearDown() throws Exception {
        stuck.countDown();
        if (other != null) {
            other.close();
        }
        if (handler != null) {
            handler.close();
        } else {
            RecordingHandler.startHandlers(camel, paused);
        }
    }

    @Test
    void theClaimsOfAnInstanceThatDiedMidDeliveryAreTakenOverAndDeliveredOnce() throws Exception {
        String dying = "dying-" + UUID.randomUUID();
        List<NewInboxEvent> events = deliveredToAHangingOtherInstance(dying, "60s", 5);

        // The other instance dies: from the database's point of view it simply stops writing.
        other.getBean(HikariDataSource.class).close();
        handler = RecordingHandler.on(camel, "ghl");

        await().atMost(WAIT).until(() -> done() == events.size());
        assertThat(handler.eventsMatching(mine())).extracting(InboxEvent::eventKey)
                .containsExactlyInAnyOrderElementsOf(events.stream().map(NewInboxEvent::eventKey).toList());
        assertThat(claimedBy(workers.instance())).isEqualTo(events.size());
    }

    @Test
    void aStoppingInstanceHandsBackTheClaimsItCouldNotFinish() throws Exception {
        String stopping = "stopping-" + UUID.randomUUID();
        List<NewInboxEvent> events = deliveredToAHangingOtherInstance(stopping, "500ms", 3);

        other.close();

        List<Map<String, Object>> rows = jdbc.queryForList("select status, claimed_by, attempts from inbox_event"
                + " where location_id = ?", location);
        assertThat(rows).hasSize(events.size()).allSatisfy(row -> assertThat(row)
                .containsEntry("status", "NEW").containsEntry("claimed_by", null).containsEntry("attempts", 0));
        handler = RecordingHandler.on(camel, "ghl");
        await().atMost(WAIT).until(() -> done() == events.size());
        assertThat(handler.eventsMatching(mine())).hasSize(events.size());
    }

    /**
     * Starts the other instance, whose handler hangs on this test's events as a delivery cut off by a crash would,
     * stores {@code count} events (one contact each), and waits until the other instance is delivering all of them.
     */
    private List<NewInboxEvent> deliveredToAHangingOtherInstance(String instanceId, String shutdownTimeout, int count)
            throws Exception {
        other = startOtherInstance(instanceId, shutdownTimeout);
        RecordingHandler hanging = RecordingHandler.on(other.getBean(CamelContext.class), "ghl")
                .behaving(this::hangOnMine);
        List<NewInboxEvent> events = storeContactUpdates(count);
        await().atMost(WAIT).until(() -> hanging.eventsMatching(mine()).size() == count);
        assertThat(claimedBy(instanceId)).isEqualTo(count);
        return events;
    }

    private ConfigurableApplicationContext startOtherInstance(String instanceId, String shutdownTimeout) {
        // This context's own database (application-test.yaml's H2 URL is random per context, so it is read from the
        // pool); command-line arguments outrank that file.
        return new SpringApplicationBuilder(GhlSyncApplication.class).profiles("test").run(
                "--spring.config.location=classpath:/",
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--spring.quartz.auto-startup=false", "--server.port=0",
                "--ghlsync.inbox.instance-id=" + instanceId, "--ghlsync.inbox.poll-interval=50ms",
                "--ghlsync.inbox.coalesce-delay=0s", "--ghlsync.inbox.lease=2s",
                "--ghlsync.inbox.shutdown-timeout=" + shutdownTimeout);
    }

    /** The other instance's handler: hangs on this test's events until the test ends. */
    private void hangOnMine(List<InboxEvent> events) {
        if (events.stream().anyMatch(mine())) {
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private List<NewInboxEvent> storeContactUpdates(int count) {
        List<NewInboxEvent> events = IntStream.range(0, count).mapToObj(i -> new NewInboxEvent("ghl",
                "wh-" + UUID.randomUUID(), "ContactUpdate", location, "ghl:" + location + ":contact:c" + i,
                Instant.now(), GhlExamples.example("ContactUpdate").put("locationId", location).toString())).toList();
        events.forEach(inbox::store);
        return events;
    }

    private int claimedBy(String instance) {
        return jdbc.queryForObject("select count(*) from inbox_event where location_id = ? and claimed_by = ?",
                Integer.class, location, instance);
    }

    private int done() {
        return jdbc.queryForObject("select count(*) from inbox_event where location_id = ? and status = 'DONE'",
                Integer.class, location);
    }

    private Predicate<InboxEvent> mine() {
        String own = location;
        return event -> own.equals(event.locationId());
    }
}
