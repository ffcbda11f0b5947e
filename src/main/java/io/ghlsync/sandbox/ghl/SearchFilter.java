package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code filters} of {@code POST /contacts/search} (docs/api-research.md §1.4):
 * {@code {field, operator, value}} with the operators {@code eq, not_eq, contains, not_contains,
 * exists, not_exists, range} ({@code range} takes {@code {gte, gt, lte, lt}}), and groups
 * {@code {group: "AND"|"OR", filters: […]}} nested to any depth. Top-level filters all apply (AND).
 *
 * <p>Text compares case-insensitively; phones compare as numbers ("(555) 123-4567" eq "+15551234567");
 * {@code tags eq} matches a contact having the tag (or any of an array of tags); dates take ISO-8601
 * strings or epoch milliseconds.
 */
final class SearchFilter {

    private static final Set<String> OPERATORS = Set.of("eq", "not_eq", "contains", "not_contains", "exists",
            "not_exists", "range");

    private final BodyCheck check;

    private SearchFilter(BodyCheck check) {
        this.check = check;
    }

    /** All of {@code filters}, problems reported to {@code check} (which the caller throws). */
    static Predicate<SimContact> parse(JsonNode filters, BodyCheck check) {
        if (filters == null || filters.isNull()) {
            return contact -> true;
        }
        return new SearchFilter(check).all(filters, "filters", true);
    }

    private Predicate<SimContact> all(JsonNode filters, String path, boolean and) {
        if (!filters.isArray()) {
            check.problem(path + " must be an array");
            return contact -> false;
        }
        List<Predicate<SimContact>> parts = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            parts.add(one(filters.get(i), path + "." + i));
        }
        return contact -> and ? parts.stream().allMatch(part -> part.test(contact))
                : parts.isEmpty() || parts.stream().anyMatch(part -> part.test(contact));
    }

    private Predicate<SimContact> one(JsonNode filter, String path) {
        if (!filter.isObject()) {
            check.problem(path + " must be an object");
            return contact -> false;
        }
        if (filter.has("group")) {
            String group = filter.path("group").asText("");
            if (!group.equals("AND") && !group.equals("OR")) {
                check.problem(path + ".group must be one of the following values: AND, OR");
            }
            return all(filter.path("filters"), path + ".filters", !group.equals("OR"));
        }
        Optional<SearchField> field = SearchField.named(filter.path("field").textValue());
        String operator = filter.path("operator").asText("");
        if (field.isEmpty()) {
            check.problem(path + ".field must be one of the following values: " + String.join(", ", SearchField.names()));
        }
        if (!OPERATORS.contains(operator)) {
            check.problem(path + ".operator must be one of the following values: eq, not_eq, contains, not_contains, "
                    + "exists, not_exists, range");
        }
        if (field.isEmpty() || !OPERATORS.contains(operator)) {
            return contact -> false;
        }
        return condition(field.get(), operator, filter.get("value"), path);
    }

    private Predicate<SimContact> condition(SearchField field, String operator, JsonNode value, String path) {
        return switch (operator) {
            case "exists" -> contact -> present(field.of(contact));
            case "not_exists" -> contact -> !present(field.of(contact));
            case "eq" -> equalTo(field, value, path);
            case "not_eq" -> equalTo(field, value, path).negate();
            case "contains" -> containing(field, value, path);
            case "not_contains" -> containing(field, value, path).negate();
            default -> range(field, value, path);
        };
    }

    private Predicate<SimContact> equalTo(SearchField field, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            check.problem(path + ".value should not be empty");
            return contact -> false;
        }
        return switch (field.kind()) {
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    check.problem(path + ".value must be a boolean value");
                }
                yield contact -> Boolean.valueOf(value.asBoolean()).equals(field.of(contact));
            }
            case DATE -> {
                Instant when = instant(value, path);
                yield contact -> field.of(contact).equals(when);
            }
            case TAGS -> {
                List<String> wanted = texts(value, path);
                yield contact -> tagsOf(field, contact).stream().anyMatch(wanted::contains);
            }
            case PHONE -> {
                List<String> wanted = texts(value, path).stream().map(number -> PhoneKey.of(number, null)).toList();
                yield contact -> wanted.contains(PhoneKey.of((String) field.of(contact), contact.text("country")));
            }
            default -> {
                List<String> wanted = texts(value, path);
                yield contact -> field.of(contact) != null && wanted.contains(lower(field.of(contact)));
            }
        };
    }

    private Predicate<SimContact> containing(SearchField field, JsonNode value, String path) {
        if (field.kind() == SearchField.Kind.BOOLEAN || field.kind() == SearchField.Kind.DATE) {
            check.problem(path + ".operator contains is not supported on " + field.fieldName());
            return contact -> false;
        }
        if (value == null || !value.isTextual()) {
            check.problem(path + ".value must be a string");
            return contact -> false;
        }
        String part = lower(value.asText());
        if (field.kind() == SearchField.Kind.TAGS) {
            return contact -> tagsOf(field, contact).stream().anyMatch(tag -> tag.contains(part));
        }
        return contact -> field.of(contact) != null && lower(field.of(contact)).contains(part);
    }

    private Predicate<SimContact> range(SearchField field, JsonNode value, String path) {
        if (field.kind() != SearchField.Kind.DATE) {
            check.problem(path + ".operator range is only supported on dateAdded and dateUpdated");
            return contact -> false;
        }
        if (value == null || !value.isObject() || value.isEmpty()) {
            check.problem(path + ".value must be an object with gte, gt, lte or lt");
            return contact -> false;
        }
        Predicate<SimContact> all = contact -> true;
        for (String bound : List.of("gte", "gt", "lte", "lt")) {
            if (value.has(bound)) {
                Instant limit = instant(value.get(bound), path + ".value." + bound);
                all = all.and(contact -> {
                    int order = ((Instant) field.of(contact)).compareTo(limit);
                    return switch (bound) {
                        case "gte" -> order >= 0;
                        case "gt" -> order > 0;
                        case "lte" -> order <= 0;
                        default -> order < 0;
                    };
                });
            }
        }
        return all;
    }

    private Instant instant(JsonNode value, String path) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        Optional<Instant> parsed = value.isTextual() ? GhlTime.parse(value.asText()) : Optional.empty();
        if (parsed.isEmpty()) {
            check.problem(path + " must be an ISO 8601 date string or epoch milliseconds");
        }
        return parsed.orElse(Instant.EPOCH);
    }

    private List<String> texts(JsonNode value, String path) {
        List<String> values = new ArrayList<>();
        (value.isArray() ? value : List.of(value)).forEach(item -> {
            if (item.isTextual()) {
                values.add(lower(item.asText()));
            } else {
                check.problem(path + ".value must be a string or an array of strings");
            }
        });
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> tagsOf(SearchField field, SimContact contact) {
        return (List<String>) field.of(contact);
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String text && text.isBlank())
                && !(value instanceof List<?> list && list.isEmpty());
    }

    private static String lower(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
