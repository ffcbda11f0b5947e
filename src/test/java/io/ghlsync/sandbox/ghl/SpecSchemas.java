package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

/**
 * The response schemas of HighLevel's official OpenAPI documents ({@code src/test/resources/ghl/contacts.json},
 * {@code oauth.json}, with their {@code $ref}s into {@code ./common-schemas.json}), ready to validate
 * answers against.
 *
 * <p>Two places where the spec contradicts itself are corrected here, each from HighLevel's own documents:
 * <ul>
 *   <li>{@code CustomFieldSchema.value} is declared a string, but numeric, monetary, checkbox,
 *       multi-select and file fields hold numbers, arrays and objects; webhook-events/ContactCreate.md
 *       declares the same {@code customFields[].value} as {@code ["string","number","array","object"]}.</li>
 *   <li>{@code UpdateTagsResponseDTO.responses} declares string items while its own example shows
 *       objects ({@code contactId, message, type, oldTags, tagsAdded, tagsRemoved}); the example wins.</li>
 * </ul>
 */
final class SpecSchemas {

    private static final String BASE = "https://ghl-spec.test/";

    private final Map<String, JsonNode> documents = new LinkedHashMap<>();
    private final JsonSchemaFactory factory;

    SpecSchemas() {
        for (String file : new String[] {"contacts.json", "oauth.json", "common-schemas.json"}) {
            documents.put(file, read("/ghl/" + file));
        }
        ObjectNode schemas = (ObjectNode) documents.get("contacts.json").at("/components/schemas");
        ((ObjectNode) schemas.at("/CustomFieldSchema/properties/value")).removeAll()
                .set("type", SimulatorHttp.JSON.createArrayNode().add("string").add("number").add("array").add("object"));
        ((ObjectNode) schemas.at("/UpdateTagsResponseDTO/properties/responses/items")).put("type", "object");
        Map<String, String> texts = new LinkedHashMap<>();
        documents.forEach((file, json) -> texts.put(BASE + file, json.toString()));
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(texts)));
    }

    /** The parsed document, e.g. {@code contacts.json}. */
    JsonNode document(String file) {
        return documents.get(file);
    }

    /**
     * The {@code $ref} of the JSON schema an operation declares for a status, empty when it declares
     * none (e.g. the 200 of {@code POST /contacts/search}).
     */
    Optional<String> responseRef(String file, String path, String method, int status) {
        JsonNode schema = documents.get(file).path("paths").path(path).path(method.toLowerCase())
                .path("responses").path(Integer.toString(status)).at("/content/application~1json/schema/$ref");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema.asText());
    }

    /** The top-level property names the schema {@code ref} (as written in {@code file}) declares. */
    Set<String> declaredProperties(String file, String ref) {
        String[] at = ref.startsWith("#") ? new String[] {file, ref.substring(1)} : ref.substring(2).split("#");
        Set<String> names = new java.util.TreeSet<>();
        documents.get(at[0]).at(at[1]).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Problems of {@code body} against the schema {@code ref} (as written in {@code file}); empty when valid. */
    Set<ValidationMessage> validate(String file, String ref, JsonNode body) {
        String location = ref.startsWith("#") ? BASE + file + ref : BASE + ref.substring(2);
        return factory.getSchema(SchemaLocation.of(location)).validate(body);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SpecSchemas.class.getResourceAsStream(resource)) {
            return SimulatorHttp.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
