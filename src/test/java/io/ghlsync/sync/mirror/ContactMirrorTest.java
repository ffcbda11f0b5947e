package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ghl.WebhookSettings;

/** HighLevel contacts ⇄ PushPress customers, through the flows and the simulators over real HTTP. */
@MirrorAppTest
class ContactMirrorTest {

    @Autowired
    MirrorWorld world;

    @Autowired
    MeterRegistry meters;

    @Test
    void aContactCreatedInHighLevelAppearsOnceInPushPressAsALead() {
        String email = MirrorWorld.unique("ana") + "@example.com";
        world.ghlContact("Ana", email);

        await().atMost(Duration.ofSeconds(30)).until(() -> world.pushpressCustomersWithEmail(email).size() == 1);
        world.awaitQuiet();
        List<ObjectNode> customers = world.pushpressCustomersWithEmail(email);
        assertThat(customers).hasSize(1);
        assertThat(customers.get(0).path("name").path("first").asText()).isEqualTo("Ana");
        assertThat(customers.get(0).path("role").asText()).isEqualTo("lead");
    }

    @Test
    void anEditInHighLevelWritesOnceToPushPressAndThenAllIsQuiet() {
        MirrorWorld.Linked linked = world.linkedContact("Bo");
        String contactId = linked.contactId();
        String customerId = linked.customerId();
        long ghlSince = world.ghl.lastRequestSequence();
        long pushpressSince = world.pushpressSequence();

        world.ghl.user().updateContact(contactId, Map.of("firstName", "Bodhi"));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.pushpress.customer(customerId).orElseThrow()
                .path("name").path("first").asText().equals("Bodhi"));
        world.awaitQuiet();
        assertThat(world.pushpressWrites(pushpressSince, request -> request.path().contains(customerId))).hasSize(1);
        assertThat(world.ghlWrites(ghlSince, contactId)).isEmpty();
        assertThat(meters.get("ghlsync.sync.lag").tag("flow", "ghl-contact-to-pushpress").timer().count()).isPositive();
        assertThat(meters.get("ghlsync.sync.writes").tags("flow", "ghl-contact-to-pushpress", "target", "pushpress",
                "action", "update").counter().count()).isPositive();
    }

    @Test
    void anEditInPushPressWritesOnceToHighLevelAndThenAllIsQuiet() {
        MirrorWorld.Linked linked = world.linkedContact("Cy");
        String contactId = linked.contactId();
        String customerId = linked.customerId();
        long ghlSince = world.ghl.lastRequestSequence();
        long pushpressSince = world.pushpressSequence();

        world.pushpress.update(customerId, MirrorWorld.json(Map.of("address", Map.of("city", "Portland"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.ghl.contact(contactId).orElseThrow()
                .path("city").asText().equals("Portland"));
        world.awaitQuiet();
        assertThat(world.ghlWrites(ghlSince, contactId)).hasSize(1);
        assertThat(world.pushpressWrites(pushpressSince, request -> request.path().contains(customerId))).isEmpty();
    }

    @Test
    void aPushPressEditOfAFieldHighLevelOwnsIsPutBackAndGoesNoFurther() {
        MirrorWorld.Linked linked = world.linkedContact("Cyd");
        String contactId = linked.contactId();
        String customerId = linked.customerId();
        long ghlSince = world.ghl.lastRequestSequence();

        // name.last is owned by HighLevel (owners: in mappings/default/ghl-contact-to-pushpress-customer.yaml)
        world.pushpress.update(customerId, MirrorWorld.json(Map.of("name", Map.of("last", "Young"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.pushpress.customer(customerId).orElseThrow()
                .path("name").path("last").asText().equals("Tester"));
        world.awaitQuiet();
        assertThat(world.ghl.contact(contactId).orElseThrow().path("lastName").asText()).isEqualTo("Tester");
        assertThat(world.ghlWrites(ghlSince, contactId)).isEmpty();
    }

    @Test
    void aMembershipChangeInPushPressBecomesTheMembershipTagInHighLevel() {
        MirrorWorld.Linked linked = world.linkedContact("Dee");
        String contactId = linked.contactId();
        String customerId = linked.customerId();

        world.pushpress.changeRole(customerId, "member");

        await().atMost(Duration.ofSeconds(30)).until(() -> tags(world.ghl.contact(contactId).orElseThrow()).contains("member"));
        world.awaitQuiet();
        assertThat(tags(world.ghl.contact(contactId).orElseThrow())).contains("member").doesNotContain("lead");
        assertThat(world.pushpress.customer(customerId).orElseThrow().path("role").asText()).isEqualTo("member");
    }

    @Test
    void aNewPushPressLeadWhoseEmailHighLevelKnowsIsLinkedNotDuplicated() {
        String email = MirrorWorld.unique("eve") + "@example.com";
        world.ghl.webhooks(new WebhookSettings(false, null, null)); // the contact exists before ghl-sync hears of it
        String contactId;
        try {
            contactId = world.ghlContact("Eve", email);
        } finally {
            world.ghl.webhooks(new WebhookSettings(true, null, null));
        }
        int contactsBefore = world.ghl.contactCount(world.ghl.locationId());

        ObjectNode lead = world.pushpress.createLead(MirrorWorld.json(Map.of("email", email.toUpperCase(),
                "name", Map.of("first", "Eve", "last", "Tester"), "phone", "+14155550111")));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.jdbc.queryForObject("select count(*) from sync_link where"
                + " app_id = ? and ghl_id = ?", Integer.class, lead.path("id").asText(), contactId) == 1);
        world.awaitQuiet();
        assertThat(world.ghl.contactCount(world.ghl.locationId())).isEqualTo(contactsBefore);
        assertThat(world.ghl.contact(contactId).orElseThrow().path("phone").asText()).isEqualTo("+14155550111");
    }

    private static List<String> tags(JsonNode contact) {
        return java.util.stream.StreamSupport.stream(contact.path("tags").spliterator(), false).map(JsonNode::asText).toList();
    }
}
