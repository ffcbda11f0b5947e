package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The templates in mappings/ load without problems and map the bundled samples and HighLevel's own examples. */
class ShippedTemplatesTest {

    static Mapper mapper;

    @BeforeAll
    static void load() {
        mapper = Mapper.load(TemplateFolder.SHIPPED, Map.of("gym-location", "example-gym"));
    }

    @Test
    void everyShippedFolderLoadsWithoutProblems() {
        assertThat(mapper.allCustomers()).contains("default", "example-gym");
        assertThat(mapper.problems(mapper.allCustomers())).isEmpty();
    }

    @Test
    void defaultAndExampleGymCoverEveryFlow() {
        List<String> flows = List.of("ghl-contact-to-pushpress-customer", "ghl-contact-to-pushpress-lead",
                "pushpress-customer-to-ghl-contact", "ghl-task-to-app-task", "app-task-to-ghl-task",
                "ghl-note-to-app-note", "app-note-to-ghl-note", "ghl-event-to-push-notification",
                "ghl-contact-to-welcome-task");
        assertThat(mapper.templates("default")).containsExactlyInAnyOrderElementsOf(flows);
        assertThat(mapper.templates("example-gym")).containsExactlyInAnyOrderElementsOf(flows);
    }

    @Test
    void everyTemplateMapsItsBundledSampleWithoutWarnings() {
        Preview preview = new Preview(mapper, new BundledSamples(TemplateFolder.SHIPPED));
        for (String customer : List.of("default", "example-gym")) {
            for (String template : mapper.templates(customer)) {
                JsonNode answer = preview.run(customer, template, null, "sandbox-location");
                assertThat(answer.get("output").size()).as(customer + "/" + template).isGreaterThan(1);
                assertThat(answer.get("warnings")).as(customer + "/" + template + " " + answer).isEmpty();
            }
        }
    }

    @Test
    void theDefaultContactTemplateMapsHighLevelsContactCreateExample() {
        // src/test/resources/ghl/webhook-events/ContactCreate.md: phone +919509597501, email JohnDeo@gmail.comm
        MappingResult result = mapper.map("any-location", "ghl-contact-to-pushpress-customer",
                TemplateFolder.webhookExample("ContactCreate"));

        assertThat(result.output()).isEqualTo(TemplateFolder.json("""
                {"name": {"first": "John", "last": "Deo"}, "email": "johndeo@gmail.comm", "phone": "+919509597501",
                 "dob": "2000-01-05",
                 "address": {"line1": "3535 1st St N", "city": "ruDolomitebika", "state": "AL", "zip": "452001", "country": "DE"},
                 "role": "lead"}"""));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theTaskTemplateReadsCompletionFromTheWebhookType() {
        JsonNode created = mapper.map(null, "ghl-task-to-app-task", TemplateFolder.webhookExample("TaskCreate")).output();
        JsonNode completed = mapper.map(null, "ghl-task-to-app-task", TemplateFolder.webhookExample("TaskComplete")).output();

        assertThat(created.get("status").asText()).isEqualTo("open");
        assertThat(completed.get("status").asText()).isEqualTo("done");
        assertThat(completed.get("title").asText()).isEqualTo("test");
        assertThat(completed.get("dueAt").asText()).isEqualTo("2021-12-22T06:55:00Z");
        assertThat(completed.get("assigneeId").asText()).isEqualTo("bNl8QNGXhIQJLv8eeASQ");
    }

    @Test
    void theNoteTemplateTitlesAnUntitledNoteWithItsFirstLine() {
        JsonNode note = mapper.map(null, "ghl-note-to-app-note", TemplateFolder.webhookExample("NoteCreate")).output();

        assertThat(note).isEqualTo(TemplateFolder.json("""
                {"title": "Loram ipsum", "body": "Loram ipsum", "createdAt": "2021-11-26T12:41:02.193Z"}"""));
    }

    @Test
    void theNotificationTemplateDescribesAnAppointmentFromItsWebhook() {
        JsonNode appointment = TemplateFolder.webhookExample("AppointmentCreate");
        JsonNode source = TemplateFolder.json("{}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) source).put("type", "AppointmentCreate")
                .put("locationId", appointment.get("locationId").asText()).set("event", appointment);

        JsonNode push = mapper.map(null, "ghl-event-to-push-notification", source).output();

        assertThat(push.get("title").asText()).isEqualTo("New appointment");
        assertThat(push.get("body").asText()).isEqualTo("Appointment with GHL Dev team, 2023-09-25T16:00:00+05:30");
        assertThat(push.get("sound").asText()).isEqualTo("doorbell");
        assertThat(push.get("timeSensitive").asBoolean()).isTrue();
    }
}
