package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A compiled path into a source record: checked against the source model when the template
 * loads, custom-field keys and names already resolved to ids, so reading a record only walks nodes.
 */
final class SourcePath {

    /** The location the record belongs to, for bodies that must name it (POST /contacts/upsert needs locationId). */
    static final String LOCATION_ID = "$locationId";

    private sealed interface Step permits Field, Index, CustomFieldValue {
        JsonNode read(JsonNode node);
    }

    private record Field(String name) implements Step {
        public JsonNode read(JsonNode node) {
            return node.path(name);
        }
    }

    private record Index(int index) implements Step {
        public JsonNode read(JsonNode node) {
            return node.path(index);
        }
    }

    /** HighLevel reads custom fields as {@code [{id, value}]} (contacts.json CustomFieldSchema). */
    private record CustomFieldValue(String id) implements Step {
        public JsonNode read(JsonNode node) {
            for (JsonNode item : node) {
                if (id.equals(item.path("id").asText())) {
                    return item.path("value");
                }
            }
            return MissingNode.getInstance();
        }
    }

    private final String text;
    private final Step[] steps;
    private final Shape shape;

    private SourcePath(String text, Step[] steps, Shape shape) {
        this.text = text;
        this.steps = steps;
        this.shape = shape;
    }

    /** @throws IllegalArgumentException naming the first segment the model does not have */
    static SourcePath compile(String text, Model model, CustomFieldCatalog customFields) {
        if (text.equals(LOCATION_ID)) {
            return new SourcePath(text, new Step[0], Shape.STRING);
        }
        List<Step> steps = new ArrayList<>();
        ModelField field = model.root();
        for (PathSyntax.Segment segment : PathSyntax.parse(text)) {
            ModelField child = field.child(segment.name());
            if (field.kind() != Kind.OBJECT || child == null) {
                throw new IllegalArgumentException("'" + text + "': " + model.name() + " has no field '" + segment.name() + "'"
                        + (field.kind() == Kind.OBJECT ? Problems.suggestion(segment.name(), field.children().keySet()) : ""));
            }
            steps.add(new Field(segment.name()));
            field = child;
            if (segment.bracket() == null) {
                continue;
            }
            if (field.kind() == Kind.CUSTOM_FIELDS) {
                CustomField custom = customFields.resolve(segment.bracket());
                steps.add(new CustomFieldValue(custom.id()));
                field = ModelField.plain(custom.key(), custom.kind());
            } else if (field.kind() == Kind.ARRAY && segment.bracket().matches("\\d+")) {
                steps.add(new Index(Integer.parseInt(segment.bracket())));
                field = field.items() == null ? ModelField.plain("[]", Kind.ANY) : field.items();
            } else {
                throw new IllegalArgumentException("'" + text + "': [" + segment.bracket() + "] needs a list and a number"
                        + " (tags[0]) or a custom-field list and a custom field (customFields[gym_goal])");
            }
        }
        return new SourcePath(text, steps.toArray(Step[]::new), Shape.of(field));
    }

    JsonNode read(JsonNode record, String locationId) {
        if (steps.length == 0) {
            return locationId == null ? MissingNode.getInstance() : TextNode.valueOf(locationId);
        }
        JsonNode node = record;
        for (Step step : steps) {
            node = step.read(node);
            if (node.isMissingNode()) {
                return node;
            }
        }
        return node;
    }

    Shape shape() {
        return shape;
    }

    @Override
    public String toString() {
        return text;
    }
}
