package io.ghlsync.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The models templates may name as {@code source:} or {@code target:}, read once from the
 * descriptors in {@code src/main/resources/mapping/models/}. Each descriptor cites the official
 * document it was built from; {@code ModelCatalogTest} checks them against those documents.
 */
final class ModelCatalog {

    /** Every model the engine knows; a new model is a descriptor file plus its name here. */
    static final List<String> NAMES = List.of("ghl-contact", "ghl-contact-upsert", "ghl-task", "ghl-task-write",
            "ghl-note", "ghl-note-write", "ghl-event", "pushpress-customer", "pushpress-lead-create",
            "app-task", "app-note", "push-notification");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> descriptors = new LinkedHashMap<>();
    private final Map<String, Model> models = new LinkedHashMap<>();

    private ModelCatalog() {
    }

    static ModelCatalog load() {
        ModelCatalog catalog = new ModelCatalog();
        for (String name : NAMES) {
            catalog.descriptors.put(name, read(name));
        }
        for (String name : NAMES) {
            catalog.model(name);
        }
        return catalog;
    }

    Model get(String name) {
        return models.get(name);
    }

    Set<String> names() {
        return Collections.unmodifiableSet(models.keySet());
    }

    private static JsonNode read(String name) {
        String resource = "/mapping/models/" + name + ".json";
        try (InputStream in = ModelCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model descriptor " + resource + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model descriptor " + resource, e);
        }
    }

    private Model model(String name) {
        Model known = models.get(name);
        if (known != null) {
            return known;
        }
        JsonNode descriptor = descriptors.get(name);
        if (descriptor == null) {
            throw new IllegalStateException("model descriptor refers to unknown model " + name);
        }
        ModelField root = objectField("", descriptor.path("fields"), descriptor.path("definitions"), false);
        String tags = descriptor.path("tagsField").asText(null);
        Model model = new Model(name, descriptor.path("system").asText(), root, tags);
        models.put(name, model);
        return model;
    }

    private ModelField field(String name, JsonNode spec, JsonNode definitions) {
        if (spec.isTextual()) {
            return simple(name, Kind.parse(spec.asText()), List.of(), null, null, false);
        }
        if (spec.has("ref")) {
            return field(name, definitions.path(spec.get("ref").asText()), definitions);
        }
        if (spec.has("model")) {
            Model referenced = model(spec.get("model").asText());
            ModelField root = referenced.root();
            return new ModelField(name, Kind.OBJECT, root.children(), null, List.of(), null, null, false);
        }
        boolean required = spec.path("required").asBoolean(false);
        Kind kind = Kind.parse(spec.path("type").asText("any"));
        if (kind == Kind.OBJECT && spec.has("fields")) {
            return objectField(name, spec.get("fields"), definitions, required);
        }
        if (kind == Kind.ARRAY) {
            ModelField items = spec.has("items") ? field("[]", spec.get("items"), definitions) : null;
            return new ModelField(name, Kind.ARRAY, Map.of(), items, List.of(), null, null, required);
        }
        List<String> allowed = new ArrayList<>();
        spec.path("enum").forEach(value -> allowed.add(value.asText()));
        Pattern pattern = spec.has("pattern") ? Pattern.compile(spec.get("pattern").asText()) : null;
        return simple(name, kind, allowed, pattern, spec.path("format").asText(null), required);
    }

    private ModelField objectField(String name, JsonNode fields, JsonNode definitions, boolean required) {
        Map<String, ModelField> children = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            children.put(entry.getKey(), field(entry.getKey(), entry.getValue(), definitions));
        }
        return new ModelField(name, Kind.OBJECT, Collections.unmodifiableMap(children), null, List.of(), null, null,
                required);
    }

    private static ModelField simple(String name, Kind kind, List<String> allowed, Pattern pattern, String format,
            boolean required) {
        return new ModelField(name, kind, Map.of(), null, List.copyOf(allowed), pattern, format, required);
    }
}
