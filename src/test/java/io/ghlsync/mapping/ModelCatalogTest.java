package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The model descriptors agree with HighLevel's official documents (src/test/resources/ghl/). */
class ModelCatalogTest {

    private static final ModelCatalog MODELS = ModelCatalog.load();
    private static final JsonNode SCHEMAS = TemplateFolder.json(TemplateFolder.read(Path.of("src/test/resources/ghl/contacts.json")))
            .get("components").get("schemas");

    private static List<String> fields(String model) {
        return List.copyOf(MODELS.get(model).root().children().keySet());
    }

    private static List<String> properties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The properties of a webhook document's JSON schema (src/test/resources/ghl/webhook-events/<event>.md). */
    private static List<String> webhookProperties(String event) {
        String doc = TemplateFolder.read(Path.of("src/test/resources/ghl/webhook-events/" + event + ".md"));
        int start = doc.indexOf("```json json_schema\n") + "```json json_schema\n".length();
        return properties(TemplateFolder.json(doc.substring(start, doc.indexOf("```", start))));
    }

    private static List<String> required(String model) {
        return MODELS.get(model).root().children().values().stream().filter(ModelField::required).map(ModelField::name).toList();
    }

    @Test
    void theContactModelHasEveryFieldOfTheReadSchemaAndOfTheContactWebhooks() {
        assertThat(fields("ghl-contact")).containsAll(properties(SCHEMAS.get("GetContectByIdSchema")))
                .containsAll(webhookProperties("ContactCreate")).containsAll(webhookProperties("ContactDndUpdate"))
                .contains("tasks", "notes");
    }

    @Test
    void theUpsertModelIsExactlyTheUpsertBody() {
        assertThat(fields("ghl-contact-upsert")).containsExactlyInAnyOrderElementsOf(properties(SCHEMAS.get("UpsertContactDto")));
        assertThat(required("ghl-contact-upsert")).containsExactly("locationId");
        assertThat(MODELS.get("ghl-contact-upsert").root().child("customFields").kind()).isEqualTo(Kind.CUSTOM_FIELDS);
    }

    @Test
    void taskAndNoteModelsCoverTheReadSchemasAndWebhooksAndMatchTheWriteBodies() {
        assertThat(fields("ghl-task")).containsAll(properties(SCHEMAS.get("TaskSchema")))
                .containsAll(webhookProperties("TaskCreate")).containsAll(webhookProperties("TaskComplete"));
        assertThat(fields("ghl-note")).containsAll(properties(SCHEMAS.get("GetNoteSchema")))
                .containsAll(webhookProperties("NoteCreate")).containsAll(webhookProperties("NoteUpdate"));
        assertThat(fields("ghl-task-write")).containsExactlyInAnyOrderElementsOf(properties(SCHEMAS.get("CreateTaskParams")))
                .containsExactlyInAnyOrderElementsOf(properties(SCHEMAS.get("UpdateTaskBody")));
        assertThat(required("ghl-task-write")).containsExactlyInAnyOrder("title", "dueDate", "completed");
        assertThat(fields("ghl-note-write")).containsExactlyInAnyOrderElementsOf(properties(SCHEMAS.get("NotesDTO")));
        assertThat(required("ghl-note-write")).containsExactly("body");
    }

    @Test
    void theEventModelCarriesEveryWebhookPayloadField() {
        ModelField event = MODELS.get("ghl-event").root().child("event");
        for (String webhook : List.of("ContactCreate", "ContactDndUpdate", "TaskCreate", "NoteCreate", "AppointmentCreate")) {
            assertThat(event.children().keySet()).as(webhook).containsAll(webhookProperties(webhook));
        }
        assertThat(MODELS.get("ghl-event").root().child("contact").children()).containsKey("customFields");
    }

    @Test
    void everyModelDescriptorLoadsAndNamesItsSystem() {
        assertThat(MODELS.names()).hasSize(ModelCatalog.NAMES.size());
        MODELS.names().forEach(name -> assertThat(MODELS.get(name).system()).as(name).isIn("ghl", "pushpress", "app", "push"));
    }
}
