package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer's HighLevel custom fields, so templates can name a field by its key or name while
 * HighLevel's contacts carry only ids ({@code customFields: [{id, value}]}, docs/api-research.md §1.3).
 *
 * <p>The file ({@code mappings/<customer>/custom-fields.yaml}) has the shape of HighLevel's answer to
 * {@code GET /locations/{locationId}/customFields?model=contact}: {@code customFields: [{id, name,
 * fieldKey, dataType}]}, so a live user can save that answer as the file unchanged (JSON is YAML).
 */
final class CustomFieldCatalog {

    static final CustomFieldCatalog EMPTY = new CustomFieldCatalog(List.of());

    private final List<CustomField> fields;

    private CustomFieldCatalog(List<CustomField> fields) {
        this.fields = List.copyOf(fields);
    }

    static CustomFieldCatalog load(YamlNode root, Problems problems) {
        if (root == null) {
            return EMPTY;
        }
        YamlNode list = root.isMap() ? root.get("customFields") : null;
        if (list == null || !list.isList()) {
            problems.add(root, "a custom-field catalog is 'customFields:' followed by a list of {id, name, fieldKey, dataType}");
            return EMPTY;
        }
        List<CustomField> fields = new ArrayList<>();
        for (YamlNode item : list.items()) {
            YamlNode id = item.get("id");
            if (id == null || id.text().isBlank()) {
                problems.add(item, "custom field without an id");
                continue;
            }
            fields.add(new CustomField(id.text(), text(item, "fieldKey"), text(item, "name"),
                    kindOf(text(item, "dataType"))));
        }
        return new CustomFieldCatalog(fields);
    }

    /**
     * The field a template names by id, by key ({@code contact.gym_goal}, or {@code gym_goal} without
     * HighLevel's {@code contact.} prefix) or by name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the problem when none or several fields match
     */
    CustomField resolve(String reference) {
        List<CustomField> matches = new ArrayList<>();
        for (CustomField field : fields) {
            if (field.id().equals(reference)) {
                return field;
            }
            if (matchesKey(field.key(), reference) || field.name().equalsIgnoreCase(reference)) {
                matches.add(field);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("custom field '" + reference
                    + "' is not in this customer's custom-fields.yaml (by id, key or name)"
                    + Problems.suggestion(reference, fields.stream().map(CustomField::key).toList()));
        }
        throw new IllegalArgumentException("custom field '" + reference + "' matches several fields "
                + matches.stream().map(CustomField::id).toList() + ": name it by id or key");
    }

    private static boolean matchesKey(String key, String reference) {
        return !key.isEmpty() && (key.equals(reference) || key.equals("contact." + reference));
    }

    private static String text(YamlNode item, String key) {
        YamlNode value = item.get(key);
        return value == null ? "" : value.text();
    }

    /** HighLevel's dataType names → what a template may put in the field (docs/api-research.md §1.3, write shapes). */
    private static Kind kindOf(String dataType) {
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "TEXT", "LARGE_TEXT", "PHONE", "EMAIL", "DATE", "SINGLE_OPTIONS", "RADIO" -> Kind.STRING;
            case "NUMERICAL", "MONETORY" -> Kind.NUMBER;
            case "CHECKBOX", "MULTIPLE_OPTIONS" -> Kind.ARRAY;
            case "FILE_UPLOAD" -> Kind.OBJECT;
            default -> Kind.ANY;
        };
    }
}
