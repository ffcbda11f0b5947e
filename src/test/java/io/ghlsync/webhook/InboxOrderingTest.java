package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A thousand signed webhooks, 30% of them repeats, posted in shuffled order by eight concurrent senders: every event
 * is handed over exactly once, and each contact's events in the order of their timestamps.
 */
@TestPropertySource(properties = {
        "ghlsync.inbox.poll-interval=50ms", "ghlsync.inbox.coalesce-delay=300ms", "ghlsync.inbox.lease=2s",
        "ghlsync.inbox.max-attempts=3", "ghlsync.inbox.retry-initial=100ms", "ghlsync.inbox.retry-max=200ms"})
class InboxOrderingTest extends WebhookAppTest {

    private static final int UNIQUE = 700;
    private static final int REPEATS = 300;
    private static final int CONTACTS = 70;

    @Autowired
    CamelContext camel;

    RecordingHandler handler;
    List<String> paused;

    @AfterEach
    void removeHandler() throws Exception {
        if (handler != null) {
            handler.close();
        } else if (paused != null) {
            RecordingHandler.startHandlers(camel, paused);
        }
    }

    @Test
    void duplicatedShuffledEventsAreHandedOverOnceEachAndInTimestampOrderPerContact() throws Exception {
        String location = "loc-" + UUID.randomUUID();
        Random random = new Random(42);
        Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(120);
        List<byte[]> unique = new ArrayList<>();
        for (int i = 0; i < UNIQUE; i++) {
            ObjectNode event = GhlExamples.delivery("ContactUpdate").put("locationId", location)
                    .put("id", "contact-" + (i % CONTACTS))
                    .put("timestamp", base.plusMillis(random.nextInt(120_000)).toString());
            unique.add(GhlExamples.bytes(event));
        }
        List<byte[]> posts = new ArrayList<>(unique);
        for (int i = 0; i < REPEATS; i++) {
            posts.add(unique.get(random.nextInt(UNIQUE)));
        }
        Collections.shuffle(posts, random);

        // Posted while no handler is there, so that each contact's events are all in the inbox when delivery starts.
        paused = RecordingHandler.stopHandlers(camel, "ghl");
        Map<String, Long> answers = postConcurrently(posts);
        handler = RecordingHandler.on(camel, "ghl");

        Predicate<InboxEvent> mine = event -> location.equals(event.locationId());
        await().atMost(Duration.ofSeconds(90)).until(() -> handler.eventsMatching(mine).size() >= UNIQUE);
        assertThat(answers).containsEntry("{\"status\":\"accepted\"}", (long) UNIQUE)
                .containsEntry("{\"status\":\"duplicate\"}", (long) REPEATS);
        List<InboxEvent> delivered = handler.eventsMatching(mine);
        assertThat(delivered).hasSize(UNIQUE).extracting(InboxEvent::eventKey).doesNotHaveDuplicates();
        Map<String, List<InboxEvent>> byContact = delivered.stream()
                .collect(Collectors.groupingBy(InboxEvent::groupKey));
        assertThat(byContact).hasSize(CONTACTS).allSatisfy((contact, events) ->
                assertThat(events).extracting(InboxEvent::eventTime).isSorted());
    }

    private Map<String, Long> postConcurrently(List<byte[]> posts) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (byte[] body : posts) {
                responses.add(senders.submit(() -> client.postGhl(body)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                bodies.add(response.get().body());
            }
            return bodies.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            senders.shutdown();
        }
    }
}
