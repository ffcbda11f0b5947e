package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * While the inbox delivers a group, every log line written on its way (the flows' included) carries the
 * correlation ids: the webhook's id, the group, and Camel's exchange and route ids. Seen here as the MDC a handler
 * finds when a signed webhook reaches it. Same settings as {@link InboxProcessingTest}, so the two share a context.
 */
@TestPropertySource(properties = {
        "ghlsync.inbox.poll-interval=50ms", "ghlsync.inbox.coalesce-delay=300ms", "ghlsync.inbox.lease=2s",
        "ghlsync.inbox.max-attempts=3", "ghlsync.inbox.retry-initial=100ms", "ghlsync.inbox.retry-max=200ms"})
class InboxCorrelationIdsTest extends WebhookAppTest {

    @Autowired
    CamelContext camel;

    private RecordingHandler handler;

    @AfterEach
    void removeHandler() throws Exception {
        if (handler != null) {
            handler.close();
        }
    }

    @Test
    void aDeliveryLogsWithTheWebhookIdTheGroupAndTheExchange() throws Exception {
        String location = "mdc-" + UUID.randomUUID();
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        handler = RecordingHandler.on(camel, "ghl").behaving(events -> {
            if (events.stream().anyMatch(event -> location.equals(event.locationId()))) {
                seen.set(MDC.getCopyOfContextMap());
            }
        });
        ObjectNode event = GhlExamples.delivery("ContactUpdate").put("locationId", location);
        String webhookId = event.get("webhookId").asText();

        assertThat(client.postGhl(GhlExamples.bytes(event)).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> seen.get() != null);
        assertThat(seen.get())
                .containsEntry("eventKeys", webhookId)
                .containsEntry("inboxSource", "ghl")
                .containsEntry("inboxGroupKey", "ghl:" + location + ":contact:" + event.get("id").asText())
                .containsEntry("camel.routeId", "test-inbox-handler-ghl")
                .containsKey("camel.exchangeId");
    }
}
