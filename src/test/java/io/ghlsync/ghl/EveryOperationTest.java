package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * All 32 operations, each sent through {@code ghl:<operation>} from a route to the simulator over
 * loopback HTTP, in the order a contact's life would use them. The simulator's request log then
 * shows each operation exactly once, with the success status the spec declares.
 */
@FastRetries
class EveryOperationTest {

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;
    private final List<String> called = new ArrayList<>();

    @BeforeEach
    void route() throws Exception {
        simulator = new GhlSimulatorControl(port);
        if (camel.getRoute("test-ghl-call") == null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:test-ghl-call").routeId("test-ghl-call").toD("ghl:${header.operation}");
                }
            });
        }
    }

    @Test
    void everyOperationIsCallableFromARouteAndAnswersAsTheSpecSays() {
        long mark = simulator.mark();
        String email = "ada." + UUID.randomUUID() + "@example.com";

        Map<String, Object> created = call("createContact", Map.of(),
                Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email));
        String contactId = (String) contact(created).get("id");
        Map<String, Object> contact = Map.of("contactId", contactId);
        assertThat(contact(call("getContact", contact, null))).containsEntry("email", email);
        assertThat(call("updateContact", contact, Map.of("lastName", "Byron"))).containsEntry("succeded", true);
        assertThat(call("upsertContact", Map.of(), Map.of("email", email, "firstName", "Augusta"))).containsEntry("new", false);
        assertThat(contact(call("getDuplicateContact", Map.of("email", email), null))).containsEntry("id", contactId);
        assertThat(call("getContacts", Map.of("limit", 5), null)).containsKey("contacts");
        assertThat(call("searchContactsAdvanced", Map.of(), "{\"query\":\"" + email + "\"}").get("contacts")).asList().hasSize(1);
        assertThat(call("addRemoveContactFromBusiness", Map.of(), Map.of("ids", List.of(contactId), "businessId", "biz-test")))
                .containsEntry("success", true);
        assertThat(call("getContactsByBusinessId", Map.of("businessId", "biz-test"), null).get("contacts")).asList().hasSize(1);

        assertThat(call("addTags", contact, Map.of("tags", List.of("vip", "member"))).get("tags")).asList().contains("vip", "member");
        assertThat(call("removeTags", contact, Map.of("tags", List.of("vip"))).get("tags")).asList().doesNotContain("vip");
        assertThat(call("createAssociation", Map.of("type", "add"), Map.of("contacts", List.of(contactId), "tags", List.of("bulk"))))
                .containsKey("succeded");

        String taskId = (String) child(call("createTask", contact,
                Map.of("title", "Call back", "dueDate", "2030-01-01T10:00:00.000Z", "completed", false)), "task").get("id");
        Map<String, Object> task = Map.of("contactId", contactId, "taskId", taskId);
        assertThat(call("getAllTasks", contact, null).get("tasks")).asList().hasSize(1);
        assertThat(child(call("getTask", task, null), "task")).containsEntry("title", "Call back");
        assertThat(child(call("updateTask", task, Map.of("title", "Call back soon")), "task")).containsEntry("title", "Call back soon");
        assertThat(child(call("updateTaskCompleted", task, Map.of("completed", true)), "task")).containsEntry("completed", true);
        assertThat(call("deleteTask", task, null)).containsEntry("succeded", true);

        String noteId = (String) child(call("createNote", contact, Map.of("body", "Prefers email")), "note").get("id");
        Map<String, Object> note = Map.of("contactId", contactId, "id", noteId);
        assertThat(call("getAllNotes", contact, null).get("notes")).asList().hasSize(1);
        assertThat(child(call("getNote", note, null), "note")).containsEntry("body", "Prefers email");
        assertThat(child(call("updateNote", note, Map.of("body", "Prefers phone")), "note")).containsEntry("body", "Prefers phone");
        assertThat(call("deleteNote", note, null)).containsEntry("succeded", true);

        assertThat(call("getAppointmentsForContact", contact, null)).containsKey("events");
        assertThat(call("addFollowersContact", contact, Map.of("followers", List.of("user-1"))).get("followersAdded")).asList().contains("user-1");
        assertThat(call("removeFollowersContact", contact, Map.of("followers", List.of("user-1"))).get("followersRemoved")).asList().contains("user-1");
        Map<String, Object> campaign = Map.of("contactId", contactId, "campaignId", "camp-1");
        assertThat(call("addContactToCampaign", campaign, null)).containsEntry("succeded", true);
        assertThat(call("removeContactFromCampaign", campaign, null)).containsEntry("succeded", true);
        assertThat(call("removeContactFromEveryCampaign", contact, null)).containsEntry("succeded", true);
        Map<String, Object> workflow = Map.of("contactId", contactId, "workflowId", "wf-1");
        assertThat(call("addContactToWorkflow", workflow, Map.of("eventStartTime", "2030-01-01T10:00:00+00:00"))).containsEntry("succeded", true);
        assertThat(call("deleteContactFromWorkflow", workflow, null)).containsEntry("succeded", true);
        assertThat(call("deleteContact", contact, null)).containsEntry("succeded", true);

        assertThat(called).containsExactlyInAnyOrderElementsOf(OperationCatalog.all().stream().map(Operation::name).toList());
        List<GhlSimulatorControl.Request> received = simulator.requestsSince(mark);
        assertThat(received).extracting(GhlSimulatorControl.Request::operation).containsExactlyElementsOf(called);
        for (GhlSimulatorControl.Request request : received) {
            Operation op = OperationCatalog.require(request.operation());
            assertThat(request.status()).as(op.name()).isEqualTo(op.successStatus());
            assertThat(request.method()).as(op.name()).isEqualTo(op.method().name());
            assertThat(request.locationId()).as(op.name()).isEqualTo("sandbox-location");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String operation, Map<String, Object> headers, Object body) {
        called.add(operation);
        Map<String, Object> all = new HashMap<>(headers);
        all.put("operation", operation);
        return (Map<String, Object>) producer.requestBodyAndHeaders("direct:test-ghl-call", body, all);
    }

    private static Map<String, Object> contact(Map<String, Object> answer) {
        return child(answer, "contact");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> answer, String name) {
        assertThat(answer).containsKey(name);
        return (Map<String, Object>) answer.get(name);
    }
}
