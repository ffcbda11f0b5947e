package io.ghlsync.sandbox.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** The webhook payloads HighLevel documents, one page per event in {@code src/test/resources/ghl/webhook-events/}. */
final class WebhookDocs {

    static final Set<String> TYPES = Set.of("ContactCreate", "ContactUpdate", "ContactDelete", "ContactTagUpdate",
            "ContactDndUpdate", "TaskCreate", "TaskComplete", "TaskDelete", "NoteCreate", "NoteUpdate", "NoteDelete",
            "AppointmentCreate", "AppointmentUpdate", "AppointmentDelete");
    private static final Pattern SCHEMA = Pattern.compile("```json json_schema\\s*(\\{.*?})\\s*```", Pattern.DOTALL);
    private static final Set<String> ENVELOPE = Set.of("webhookId", "timestamp");

    private WebhookDocs() {
    }

    /** Valid against its page's schema, with no field the page does not document (envelope aside). */
    static void assertFollowsItsPage(JsonNode payload) {
        String type = payload.get("type").asText();
        JsonNode schema = schema(type);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(payload))
                .as(type + " " + payload).isEmpty();
        List<String> undocumented = new ArrayList<>();
        payload.fieldNames().forEachRemaining(field -> {
            if (!schema.get("properties").has(field) && !ENVELOPE.contains(field)) {
                undocumented.add(field);
            }
        });
        if (payload.has("appointment")) {
            Set<String> documented = new HashSet<>();
            schema.at("/properties/appointment/properties").fieldNames().forEachRemaining(documented::add);
            payload.get("appointment").fieldNames().forEachRemaining(field -> {
                if (!documented.contains(field)) {
                    undocumented.add("appointment." + field);
                }
            });
        }
        assertThat(undocumented).as(type + " fields the docs do not have").isEmpty();
    }

    private static JsonNode schema(String type) {
        try (InputStream in = WebhookDocs.class.getResourceAsStream("/ghl/webhook-events/" + type + ".md")) {
            Matcher matcher = SCHEMA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(matcher.find()).as("schema block of " + type + ".md").isTrue();
            return SimulatorHttp.JSON.readTree(matcher.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
