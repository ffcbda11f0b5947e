package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.sandbox.ghl.GhlSimulator;

/** README's example of a flow added without Java: routes/ghl-new-contact-welcome-task.camel.yaml. */
@SyncAppTest
class SixthFlowExampleTest {

    private static final String FLOW = "ghl-new-contact-welcome-task";

    @Autowired
    CamelContext camel;

    @Autowired
    GhlSimulator ghl;

    @Autowired
    GhlApi api;

    @AfterEach
    void switchOff() throws Exception {
        camel.getRouteController().stopRoute(FLOW);
    }

    @Test
    void aNewContactGetsAWelcomeCallTaskDueTwoDaysLater() throws Exception {
        camel.getRouteController().startRoute(FLOW); // as ghlsync.flows.ghl-new-contact-welcome-task.enabled=true would
        JsonNode contact = ghl.user().createContact(ghl.locationId(), Map.of("firstName", "Wes", "lastName", "Tester",
                "email", "wes." + System.nanoTime() + "@example.com"));
        String id = contact.path("id").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> api.call("getAllTasks", Map.of("contactId", id))
                .path("tasks").size() == 1);
        JsonNode task = api.call("getAllTasks", Map.of("contactId", id)).path("tasks").get(0);
        assertThat(task.path("title").asText()).isEqualTo("Welcome call: Wes Tester");
        assertThat(task.path("completed").asBoolean()).isFalse();
        assertThat(Instant.parse(task.path("dueDate").asText()))
                .isEqualTo(Instant.parse(contact.path("dateAdded").asText()).plus(Duration.ofDays(2)));
    }

    @Test
    void theExampleIsLoadedButOffByDefault() {
        assertThat(camel.getRoute(FLOW).getGroup()).isEqualTo("ghl-event");
        assertThat(camel.getRouteController().getRouteStatus(FLOW).isStopped()).isTrue();
    }
}
