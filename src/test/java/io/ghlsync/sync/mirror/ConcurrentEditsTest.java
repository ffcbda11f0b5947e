package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Both sides edit the same contact before either edit is synced (the inbox holds each side's webhook for 4 s here):
 * a field owned by one side takes that side's value; another field takes the later edit, whichever side's webhook
 * is processed first. PushPress stamps its webhooks in whole seconds ({@code created}), so the test puts a second
 * boundary between the two edits to give them a definite order.
 */
@MirrorAppTest
@TestPropertySource(properties = "ghlsync.inbox.coalesce-delay=4s")
class ConcurrentEditsTest {

    @Autowired
    MirrorWorld world;

    private String contactId;
    private String customerId;

    @BeforeEach
    void aLinkedContact() {
        MirrorWorld.Linked linked = world.linkedContact("Conny");
        contactId = linked.contactId();
        customerId = linked.customerId();
    }

    @Test
    void theLaterEditWinsWhenHighLevelEditedFirst() {
        world.ghl.user().updateContact(contactId, Map.of("city", "Austin"));
        nextSecond();
        world.pushpress.update(customerId, MirrorWorld.json(Map.of("address", Map.of("city", "Boston"))));

        world.awaitQuiet();
        assertThat(world.ghl.contact(contactId).orElseThrow().path("city").asText()).isEqualTo("Boston");
        assertThat(world.pushpress.customer(customerId).orElseThrow().path("address").path("city").asText()).isEqualTo("Boston");
    }

    @Test
    void theLaterEditWinsWhenPushPressEditedFirst() {
        world.pushpress.update(customerId, MirrorWorld.json(Map.of("address", Map.of("city", "Chicago"))));
        nextSecond();
        world.ghl.user().updateContact(contactId, Map.of("city", "Denver"));

        world.awaitQuiet();
        assertThat(world.ghl.contact(contactId).orElseThrow().path("city").asText()).isEqualTo("Denver");
        assertThat(world.pushpress.customer(customerId).orElseThrow().path("address").path("city").asText()).isEqualTo("Denver");
    }

    @Test
    void theOwnersValueWinsAFieldItOwnsWhateverTheOrder() {
        String ghlEmail = MirrorWorld.unique("owner") + "@example.com";
        String pushpressEmail = MirrorWorld.unique("other") + "@example.com";
        world.ghl.user().updateContact(contactId, Map.of("email", ghlEmail));
        nextSecond();
        // later, but email is owned by HighLevel (mappings/default/ghl-contact-to-pushpress-customer.yaml)
        world.pushpress.update(customerId, MirrorWorld.json(Map.of("email", pushpressEmail)));

        world.awaitQuiet();
        assertThat(world.ghl.contact(contactId).orElseThrow().path("email").asText()).isEqualTo(ghlEmail);
        assertThat(world.pushpress.customer(customerId).orElseThrow().path("email").asText()).isEqualTo(ghlEmail);
    }

    /** Waits for the next whole second, so that PushPress's second-resolution time falls after the edit before. */
    private static void nextSecond() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> Instant.now().isAfter(next));
    }
}
