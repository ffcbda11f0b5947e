package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * {@code POST /contacts/search}. The spec leaves its body and answer empty ({@code SearchBodyV2DTO});
 * this follows the sourced description (docs/api-research.md §1.4):
 * body {@code {locationId, page, pageLimit, searchAfter, query, filters, sort}}, answer
 * {@code {contacts, total}} with each contact in the full shape plus its {@code searchAfter}
 * ({@code [sortValue…, id]}) for the next call. Page/pageLimit paging stops at 10,000 records, as
 * HighLevel's does; past it, {@code searchAfter} must be used.
 */
@Component
@ConditionalOnSimulators
class ContactSearch {

    static final int MAX_PAGED_RECORDS = 10_000;
    static final int MAX_PAGE_LIMIT = 500;
    private static final Set<String> FIELDS = Set.of("locationId", "page", "pageLimit", "searchAfter", "query",
            "filters", "sort");

    private final GhlWorld world;

    ContactSearch(GhlWorld world) {
        this.world = world;
    }

    /** One sort criterion; the contact id always breaks ties, ascending. */
    private record SortKey(SearchField field, boolean descending) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        int compare(Comparable<?> a, Comparable<?> b) {
            int order = ((Comparable) a).compareTo(b);
            return descending ? -order : order;
        }
    }

    /** A matching contact with its sort values and id, which are also its searchAfter. */
    private record Ranked(SimContact contact, List<Comparable<?>> values) {
    }

    ObjectNode search(JsonNode body) {
        BodyCheck check = BodyCheck.of(body, FIELDS).requiredString("locationId").string("query", false);
        int page = positive(check, "page", 1, Integer.MAX_VALUE);
        int pageLimit = positive(check, "pageLimit", 20, MAX_PAGE_LIMIT);
        Predicate<SimContact> filters = SearchFilter.parse(body.get("filters"), check);
        List<SortKey> sort = sort(body.get("sort"), check);
        List<Comparable<?>> searchAfter = searchAfter(body.get("searchAfter"), sort, check);
        if (searchAfter == null && (long) page * pageLimit > MAX_PAGED_RECORDS) {
            check.problem("page * pageLimit must not exceed " + MAX_PAGED_RECORDS
                    + "; use searchAfter to read further");
        }
        check.orThrow();
        Predicate<SimContact> query = ContactListing.matching(body.path("query").textValue());
        // Sort values computed once per contact, not once per comparison.
        List<Ranked> matching = world.existingLocation(body.get("locationId").asText()).stream()
                .flatMap(location -> location.contacts().stream())
                .filter(contact -> query.test(contact) && filters.test(contact))
                .map(contact -> new Ranked(contact, values(sort, contact)))
                .sorted((a, b) -> compare(sort, a.values(), b.values())).toList();
        List<Ranked> selected = searchAfter == null
                ? matching.stream().skip((long) (page - 1) * pageLimit).limit(pageLimit).toList()
                : matching.stream().filter(ranked -> compare(sort, ranked.values(), searchAfter) > 0).limit(pageLimit).toList();
        return answer(selected, matching.size());
    }

    /** {@code {contacts, total}}, each contact in the full shape with its {@code searchAfter}. */
    private static ObjectNode answer(List<Ranked> selected, int total) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode contacts = answer.putArray("contacts");
        for (Ranked ranked : selected) {
            ObjectNode item = ContactJson.full(ranked.contact());
            ArrayNode cursor = item.putArray("searchAfter");
            ranked.values().forEach(value -> {
                if (value instanceof Long number) {
                    cursor.add(number);
                } else {
                    cursor.add(value.toString());
                }
            });
            contacts.add(item);
        }
        answer.put("total", total);
        return answer;
    }

    /** {@code [{field, direction}]}; by default newest first by dateAdded. */
    private static List<SortKey> sort(JsonNode sort, BodyCheck check) {
        if (sort == null || sort.isNull() || (sort.isArray() && sort.isEmpty())) {
            return List.of(new SortKey(SearchField.DATE_ADDED, true));
        }
        if (!sort.isArray()) {
            check.problem("sort must be an array");
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            var field = SearchField.named(sort.get(i).path("field").textValue());
            String direction = sort.get(i).path("direction").asText("asc");
            if (field.isEmpty()) {
                check.problem("sort." + i + ".field must be one of the following values: "
                        + String.join(", ", SearchField.names()));
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                check.problem("sort." + i + ".direction must be one of the following values: asc, desc");
            } else {
                keys.add(new SortKey(field.get(), direction.equals("desc")));
            }
        }
        return keys;
    }

    /** The cursor as sort values then id, typed as the sort compares them; null when absent. */
    private static List<Comparable<?>> searchAfter(JsonNode cursor, List<SortKey> sort, BodyCheck check) {
        if (cursor == null || cursor.isNull()) {
            return null;
        }
        String expected = "searchAfter must be an array of " + (sort.size() + 1)
                + " values: the sort values and the id, as returned in a contact's searchAfter";
        if (!cursor.isArray() || cursor.size() != sort.size() + 1) {
            check.problem(expected);
            return null;
        }
        List<Comparable<?>> values = new ArrayList<>();
        for (int i = 0; i < cursor.size(); i++) {
            boolean date = i < sort.size() && sort.get(i).field().kind() == SearchField.Kind.DATE;
            JsonNode value = cursor.get(i);
            if (date ? !value.isIntegralNumber() : !value.isTextual()) {
                check.problem(expected);
                return null;
            }
            values.add(date ? (Comparable<?>) value.asLong() : value.asText());
        }
        return values;
    }

    /** The sort values of a contact followed by its id: its searchAfter. */
    private static List<Comparable<?>> values(List<SortKey> sort, SimContact contact) {
        List<Comparable<?>> values = new ArrayList<>();
        sort.forEach(key -> values.add(key.field().sortValue(contact)));
        values.add(contact.id());
        return values;
    }

    /** Orders two lists of sort values then id (two contacts', or a contact's and a searchAfter cursor). */
    private static int compare(List<SortKey> sort, List<Comparable<?>> values, List<Comparable<?>> other) {
        for (int i = 0; i < sort.size(); i++) {
            int order = sort.get(i).compare(values.get(i), other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return ((String) values.get(sort.size())).compareTo((String) other.get(sort.size()));
    }

    private static int positive(BodyCheck check, String field, int fallback, int max) {
        JsonNode value = check.body().get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            check.problem(field + " must be an integer number");
            return fallback;
        }
        if (value.asInt() < 1) {
            check.problem(field + " must not be less than 1");
        } else if (value.asInt() > max) {
            check.problem(field + " must not be greater than " + max);
        }
        return Math.max(1, Math.min(value.asInt(), max));
    }
}
