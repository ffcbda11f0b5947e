package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** With {@code ghlsync.webhooks.keep-unknown-types=true}, event types this app does not know are stored too. */
@TestPropertySource(properties = "ghlsync.webhooks.keep-unknown-types=true")
class KeepUnknownTypesTest extends WebhookAppTest {

    @Autowired
    MeterRegistry metrics;

    @Test
    void anUnknownTypeIsStoredInItsLocationsCatchAllGroupAndCountedAsOther() {
        String location = "loc-" + UUID.randomUUID();
        ObjectNode event = GhlExamples.delivery("ContactCreate").put("type", "OpportunityCreate")
                .put("locationId", location);

        assertThat(client.postGhl(GhlExamples.bytes(event)).statusCode()).isEqualTo(200);

        Map<String, Object> row = rows.row("ghl", event.get("webhookId").asText());
        assertThat(row).containsEntry("event_type", "OpportunityCreate").containsEntry("group_key", "ghl:" + location + ":other");
        // The type tag stays within a fixed set whatever senders invent.
        assertThat(metrics.find("ghlsync.events.accepted").tag("type", "other").counter()).isNotNull();
        assertThat(metrics.find("ghlsync.events.accepted").tag("type", "OpportunityCreate").counter()).isNull();
    }
}
