package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ghl.RateLimitSettings;
import io.ghlsync.sandbox.ghl.WebhookSettings;

/**
 * The mirror at scale (issue 5's scenarios), counted in the simulators. HighLevel's budget is raised to 1,000
 * requests per 10 s here to keep the suite quick; the end-to-end benchmark (bench/e2e) runs with the real 100.
 */
@MirrorAppTest
class MirrorScenarioTest {

    @Autowired
    MirrorWorld world;

    private RateLimitSettings realLimits;

    @BeforeEach
    void fasterHighLevel() {
        realLimits = world.ghl.rateLimits();
        world.ghl.rateLimits(new RateLimitSettings(1000, Duration.ofSeconds(10), 200_000));
    }

    @AfterEach
    void realHighLevel() {
        world.ghl.rateLimits(realLimits);
        world.ghl.webhooks(new WebhookSettings(true, null, null));
    }

    @Test
    void fiveHundredContactsCreatedInHighLevelAppearOnceEachInPushPress() {
        String batch = MirrorWorld.unique("b500");
        int customersBefore = world.pushpress.customers().size();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String email = batch + "-" + i + "@example.com";
            emails.add(email);
            world.ghlContact("Member" + i, email);
        }

        await().atMost(Duration.ofMinutes(4)).until(() -> customersWithPrefix(batch).size() >= 500);
        world.awaitQuiet();
        Map<String, Long> perEmail = customersWithPrefix(batch).stream()
                .collect(Collectors.groupingBy(c -> c.path("email").asText(), Collectors.counting()));
        assertThat(perEmail).hasSize(500).allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        assertThat(perEmail.keySet()).containsExactlyInAnyOrderElementsOf(emails);
        assertThat(world.pushpress.customers()).hasSize(customersBefore + 500);
    }

    @Test
    void twoHundredLeadsCreatedInPushPressAppearOnceInHighLevelAndFiftyAreLinkedToContactsItAlreadyHad() {
        String batch = MirrorWorld.unique("l200");
        // 50 contacts HighLevel already has, unknown to ghl-sync (no webhooks): 25 share a lead's email, 25 its phone.
        world.ghl.webhooks(new WebhookSettings(false, null, null));
        Map<Integer, String> existing = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Object> contact = new HashMap<>(Map.of("firstName", "Known" + i, "lastName", "Contact"));
            if (i < 25) {
                contact.put("email", batch + "-" + i + "@example.com");
            } else {
                contact.put("email", batch + "-old-" + i + "@example.com");
                contact.put("phone", phone(batch, i));
            }
            existing.put(i, world.ghl.user().createContact(world.ghl.locationId(), contact).path("id").asText());
        }
        world.ghl.webhooks(new WebhookSettings(true, null, null));
        int contactsBefore = world.ghl.contactCount(world.ghl.locationId());

        List<String> leadIds = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, Object> lead = new HashMap<>(Map.of("name", Map.of("first", "Lead" + i, "last", "Person"),
                    "email", (i < 25 ? batch + "-" + i : batch + "-new-" + i).toUpperCase() + "@EXAMPLE.COM"));
            if (i >= 25 && i < 50) {
                lead.put("phone", phone(batch, i));
            }
            leadIds.add(world.pushpress.createLead(MirrorWorld.json(lead)).path("id").asText());
        }

        await().atMost(Duration.ofMinutes(4)).until(() -> linkedLeads(leadIds) == 200);
        world.awaitQuiet();
        assertThat(world.ghl.contactCount(world.ghl.locationId())).isEqualTo(contactsBefore + 150);
        for (int i = 0; i < 50; i++) {
            assertThat(ghlIdLinkedTo(leadIds.get(i))).as("lead %d is linked to the contact HighLevel had", i)
                    .isEqualTo(existing.get(i));
        }
        assertThat(world.jdbc.queryForList("select ghl_id from sync_link where object_type = 'contact' and app_id in ("
                + leadIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")", String.class))
                .doesNotHaveDuplicates().hasSize(200);
    }

    private List<ObjectNode> customersWithPrefix(String prefix) {
        return world.pushpress.customers().stream().filter(c -> c.path("email").asText().startsWith(prefix)).toList();
    }

    private int linkedLeads(List<String> leadIds) {
        return world.jdbc.queryForObject("select count(*) from sync_link where object_type = 'contact' and ghl_id is not null"
                + " and app_id in (" + leadIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")",
                Integer.class);
    }

    private String ghlIdLinkedTo(String leadId) {
        return world.jdbc.queryForObject("select ghl_id from sync_link where object_type = 'contact' and app_id = ?",
                String.class, leadId);
    }

    /** A US number of its own per batch and index, in E.164. */
    private static String phone(String batch, int i) {
        int hash = Math.abs((batch + i).hashCode());
        return String.format("+1415%d%06d", 2 + hash % 8, (hash / 8) % 1_000_000); // exchanges start with 2-9
    }
}
