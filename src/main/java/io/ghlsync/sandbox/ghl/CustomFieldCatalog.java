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

    private final List<CustomFieldDefinition> seeded;

    private CustomFieldCatalog(List<CustomFieldDefinition> seeded, List<CustomFieldDefinition> unseeded) {
        this.seeded = List.copyOf(seeded);
        this.fields = Stream.concat(seeded.stream(), unseeded.stream()).toList();
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
                .map(field).toList(), MAPPED_BY_DEFAULT_TEMPLATES);
    }

    /**
     * The custom fields the shipped templates in mappings/default/ name, with the ids of its custom-fields.yaml, so
     * that the sandbox mirror works out of the box. Unlike the fields above they keep these ids in every location
     * (a real location would have its own) and carry no seeded values.
     */
    private static final List<CustomFieldDefinition> MAPPED_BY_DEFAULT_TEMPLATES = List.of(
            new CustomFieldDefinition("3sv6UEo51C9Bmpo1cKTq", "contact.emergency_contact_name", "Emergency contact name", "TEXT", List.of()),
            new CustomFieldDefinition("Hq2Zr8WmVx4Lp0NcTe7D", "contact.emergency_contact_phone", "Emergency contact phone", "PHONE", List.of()),
            new CustomFieldDefinition("Ka9Pf3Jd6Rt1Yb5Sg2Wn", "contact.gender", "Gender", "SINGLE_OPTIONS", List.of()),
            new CustomFieldDefinition("Mx7Cq4Vn2Bz8Ld1Ht6Rf", "contact.pushpress_id", "PushPress customer id", "TEXT", List.of()),
            new CustomFieldDefinition("Tn5Wk1Gs9Qe3Ua7Xo4Ip", "contact.fitness_goal", "Fitness goal", "LARGE_TEXT", List.of()));

    List<CustomFieldDefinition> all() {
        return fields;
    }

    /** The fields seeded contacts carry values of: one of each value type. */
    List<CustomFieldDefinition> seeded() {
        return seeded;
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
