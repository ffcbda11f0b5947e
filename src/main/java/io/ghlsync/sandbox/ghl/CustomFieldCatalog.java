package io.ghlsync.sandbox.ghl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;

/**
 * A location's custom fields: one of each value type a contact write can carry (contacts.json,
 * {@code TextField … FileField}). Ids derive from the location and key, so every location — the
 * seeded one and any a test invents — has the same keys, each with its own stable ids.
 */
final class CustomFieldCatalog {

    private final List<CustomFieldDefinition> fields;
    private final Map<String, CustomFieldDefinition> byIdOrKey;

    private CustomFieldCatalog(List<CustomFieldDefinition> fields) {
        this.fields = List.copyOf(fields);
        this.byIdOrKey = fields.stream()
                .flatMap(field -> Stream.of(Map.entry(field.id(), field), Map.entry(field.key(), field),
                        Map.entry(field.key().substring("contact.".length()), field)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static CustomFieldCatalog standard(String locationId) {
        Function<String[], CustomFieldDefinition> field = spec -> new CustomFieldDefinition(
                GhlIds.derived(locationId, spec[0]), spec[0], spec[1], spec[2],
                spec.length > 3 ? List.of(spec[3].split("\\|")) : List.of());
        return new CustomFieldCatalog(Stream.of(
                new String[] {"contact.favorite_class", "Favorite class", "TEXT"},
                new String[] {"contact.goals", "Goals", "LARGE_TEXT"},
                new String[] {"contact.membership_level", "Membership level", "SINGLE_OPTIONS", "Bronze|Silver|Gold|Platinum"},
                new String[] {"contact.preferred_contact_method", "Preferred contact method", "RADIO", "Email|Phone|SMS"},
                new String[] {"contact.visits_per_week", "Visits per week", "NUMERICAL"},
                new String[] {"contact.lifetime_value", "Lifetime value", "MONETORY"},
                new String[] {"contact.consents", "Consents", "CHECKBOX", "Waiver signed|Photo consent|Marketing emails"},
                new String[] {"contact.interests", "Interests", "MULTIPLE_OPTIONS", "Yoga|HIIT|Pilates|Boxing|Swimming|Spin"},
                new String[] {"contact.profile_photo", "Profile photo", "FILE_UPLOAD"})
                .map(field).toList());
    }

    List<CustomFieldDefinition> all() {
        return fields;
    }

    /** By id, by full key ({@code contact.goals}) or by the key without its prefix ({@code goals}). */
    Optional<CustomFieldDefinition> find(String idOrKey) {
        return Optional.ofNullable(idOrKey).map(byIdOrKey::get);
    }

    /**
     * The value to store for a written {@code field_value}, or empty when it does not fit the field's
     * type: strings for text and single choices, numbers for numeric and monetary (a numeric string is
     * accepted and stored as a number), string arrays for checkbox and multi-select, an object for files.
     */
    static Optional<JsonNode> coerce(CustomFieldDefinition field, JsonNode value) {
        return switch (field.dataType()) {
            case "NUMERICAL", "MONETORY" -> value.isNumber() ? Optional.of(value) : numericText(value);
            case "CHECKBOX", "MULTIPLE_OPTIONS" -> value.isArray() && allText(value) ? Optional.of(value) : Optional.empty();
            case "FILE_UPLOAD" -> value.isObject() ? Optional.of(value) : Optional.empty();
            default -> value.isTextual() ? Optional.of(value) : Optional.empty();
        };
    }

    static String expectedShape(CustomFieldDefinition field) {
        return switch (field.dataType()) {
            case "NUMERICAL", "MONETORY" -> "a number";
            case "CHECKBOX", "MULTIPLE_OPTIONS" -> "an array of strings";
            case "FILE_UPLOAD" -> "an object";
            default -> "a string";
        };
    }

    private static Optional<JsonNode> numericText(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DecimalNode.valueOf(new BigDecimal(value.asText().trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
