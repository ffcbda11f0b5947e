package io.ghlsync.mapping;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A compiled target field: where in the output a rule writes, and what the target accepts there.
 * Values are checked as they are written (kind, allowed values, pattern), because a JSONata
 * result or an untyped source can only be judged at run time.
 */
final class TargetPath {

    private final String text;
    private final String[] names;
    private final ModelField field;
    private final CustomField customField;

    private TargetPath(String text, String[] names, ModelField field, CustomField customField) {
        this.text = text;
        this.names = names;
        this.field = field;
        this.customField = customField;
    }

    /** @throws IllegalArgumentException when the target model does not accept this field */
    static TargetPath compile(String text, Model model, CustomFieldCatalog customFields) {
        List<PathSyntax.Segment> segments = PathSyntax.parse(text);
        String[] names = new String[segments.size()];
        ModelField field = model.root();
        CustomField custom = null;
        for (int i = 0; i < segments.size(); i++) {
            PathSyntax.Segment segment = segments.get(i);
            ModelField child = field.kind() == Kind.OBJECT ? field.child(segment.name()) : null;
            if (child == null || custom != null) {
                throw new IllegalArgumentException(model.name() + " does not accept a field '" + text + "'"
                        + (field.kind() == Kind.OBJECT ? Problems.suggestion(segment.name(), field.children().keySet()) : ""));
            }
            names[i] = segment.name();
            field = child;
            if (child.kind() == Kind.CUSTOM_FIELDS) {
                if (segment.bracket() == null) {
                    throw new IllegalArgumentException("name one custom field to write: " + text + "[<key, name or id>]");
                }
                custom = customFields.resolve(segment.bracket());
                field = ModelField.plain(custom.key(), custom.kind());
            } else if (segment.bracket() != null) {
                throw new IllegalArgumentException("'" + text + "': a target field cannot have [" + segment.bracket() + "]");
            }
        }
        return new TargetPath(text, names, field, custom);
    }

    ModelField field() {
        return field;
    }

    /** Whether the target model requires this field (only top-level required fields count). */
    boolean requiredByModel() {
        return names.length == 1 && field.required();
    }

    /** The value as the target takes it, or the reason it cannot take it. */
    JsonNode accept(JsonNode value) throws ValueProblem {
        Kind kind = field.kind();
        if (kind == Kind.STRING && (value.isNumber() || value.isBoolean())) {
            value = TextNode.valueOf(value.asText());
        }
        boolean fits = switch (kind) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
            default -> true;
        };
        if (!fits) {
            throw new ValueProblem("needs " + kind.label() + ", got " + describe(value));
        }
        if (value.isTextual()) {
            String problem = field.problemWith(value.asText());
            if (problem != null) {
                throw new ValueProblem(problem);
            }
        }
        return value;
    }

    void write(ObjectNode output, JsonNode value) {
        ObjectNode parent = output;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        String leaf = names[names.length - 1];
        if (customField == null) {
            parent.set(leaf, value);
            return;
        }
        // Written as HighLevel's write shape, {id, field_value} (contacts.json TextField etc.; docs/api-research.md §1.3).
        JsonNode list = parent.get(leaf);
        ArrayNode items = list instanceof ArrayNode array ? array : parent.putArray(leaf);
        items.addObject().put("id", customField.id()).set("field_value", value);
    }

    private static String describe(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "'" + value.asText() + "'";
    }

    @Override
    public String toString() {
        return text;
    }
}
