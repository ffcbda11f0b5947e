package io.ghlsync.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.app.AppSimulator;
import io.ghlsync.sandbox.push.PushSimulator;
import io.ghlsync.sandbox.pushpress.PushPressSimulator;

/**
 * The clients as YAML routes call them: by bean name, with arguments from headers and the body,
 * exactly as docs/targets.md shows. Each route below is a YAML route file's content.
 */
@SyncAppTest
class TargetBeansInYamlRoutesTest {

    private static final String ROUTES = """
            - route:
                id: example-notify-team
                description: Send the notification in the body (a map with title and body) to the team's phones
                from:
                  uri: direct:example-notify-team
                  steps:
                    - bean: { ref: push, method: send }
            - route:
                id: example-find-gym-customer
                description: The PushPress customer with the email in header "email", or a null body
                from:
                  uri: direct:example-find-gym-customer
                  steps:
                    - bean: { ref: pushpress, method: "findCustomerByEmail(${header.email})" }
            - route:
                id: example-update-gym-customer
                description: Apply the changes in the body to the customer in header "customerId"
                from:
                  uri: direct:example-update-gym-customer
                  steps:
                    - bean: { ref: pushpress, method: "updateCustomer(${header.customerId}, ${body})" }
            - route:
                id: example-complete-app-task
                description: Mark the app task in header "taskId" done
                from:
                  uri: direct:example-complete-app-task
                  steps:
                    - bean: { ref: app, method: "completeTask(${header.taskId})" }
            """;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    PushSimulator phones;

    @Autowired
    PushPressSimulator gym;

    @Autowired
    AppSimulator app;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void routesLoadedOnceAndSimulatorsQuiet() throws Exception {
        if (camel.getRoute("example-notify-team") == null) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("targets-test.camel.yaml", ROUTES));
        }
        phones.service().reset();
        gym.service().reset();
        gym.service().webhooks().orElseThrow().configure(null, false);
        app.service().reset();
        app.service().webhooks().orElseThrow().configure(null, false);
    }

    @Test
    void aRouteSendsTheBodyAsAPushNotification() {
        Object answer = producer.requestBody("direct:example-notify-team", Map.of("title", "From YAML", "body", "hello"));

        assertThat(answer).isInstanceOf(Map.class);
        assertThat(phones.notifications(0)).extracting(n -> n.title()).containsExactly("From YAML");
    }

    @Test
    void aRouteFindsACustomerByTheEmailInAHeader() {
        String id = gym.createCustomer(json.valueToTree(Map.of("email", "yaml@example.com"))).get("id").asText();

        Map<?, ?> found = producer.requestBodyAndHeader("direct:example-find-gym-customer", null, "email", "yaml@example.com",
                Map.class);

        assertThat(found.get("id")).isEqualTo(id);
    }

    @Test
    void aRouteUpdatesTheCustomerInAHeaderWithTheChangesInTheBody() {
        String id = gym.createCustomer(json.valueToTree(Map.of("email", "yaml@example.com"))).get("id").asText();

        producer.requestBodyAndHeader("direct:example-update-gym-customer", Map.of("phone", "+15550009999"), "customerId", id);

        assertThat(gym.customer(id).orElseThrow().get("phone").asText()).isEqualTo("+15550009999");
    }

    @Test
    void aRouteCompletesTheTaskNamedInAHeader() {
        String id = app.tasks().create(json.valueToTree(Map.of("customerId", "usr_1", "title", "Call")))
                .get("id").asText();

        producer.requestBodyAndHeader("direct:example-complete-app-task", null, "taskId", id);

        assertThat(app.tasks().get(id).orElseThrow().get("status").asText()).isEqualTo("done");
    }
}
