package io.ghlsync.ghl;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one paged operation moves from page to page (docs/api-research.md §1.4). The spec is silent
 * or contradicts itself here, so each rule accepts every documented answer shape, and stops on an
 * empty page or when a declared total is reached rather than trusting a page shorter than asked for
 * (a server that caps the page size lower would otherwise end the stream early and lose contacts).
 */
abstract class PageRule {

    static PageRule of(Operation operation) {
        return switch (operation.paging()) {
            case START_AFTER -> new StartAfter();
            case SEARCH -> new Search();
            case SKIP -> new Skip();
            case NONE -> throw new IllegalArgumentException(operation.name() + " does not page; paged operations are "
                    + OperationCatalog.all().stream().filter(op -> op.paging() != Operation.Paging.NONE)
                            .map(Operation::name).collect(Collectors.joining(", ")));
        };
    }

    /** The first call, with the page size set when the caller set none. */
    abstract GhlCall first(GhlCall call);

    /** The call for the page after {@code page}, or empty when {@code page} was the last. */
    abstract Optional<GhlCall> next(GhlCall call, JsonNode page, ArrayNode items, long seen);

    /** The items of a page: its {@code contacts} array. */
    ArrayNode items(GhlCall call, JsonNode page) {
        if (page.get("contacts") instanceof ArrayNode items) {
            return items;
        }
        throw new MalformedResponseException(call.operation().name(), call.locationId(), 200,
                "a page without a 'contacts' array", 1);
    }

    static OptionalLong total(JsonNode page) {
        JsonNode total = page.hasNonNull("total") ? page.get("total") : page.path("meta").get("total");
        return total != null && total.canConvertToLong() ? OptionalLong.of(total.asLong()) : OptionalLong.empty();
    }

    static boolean reached(JsonNode page, long seen) {
        OptionalLong total = total(page);
        return total.isPresent() && seen >= total.getAsLong();
    }

    static Map<String, String> withQuery(GhlCall call, String name, String value) {
        Map<String, String> query = new LinkedHashMap<>(call.query());
        query.put(name, value);
        return query;
    }

    /**
     * {@code GET /contacts/}: cursor {@code startAfter} (epoch ms) + {@code startAfterId}. Real answers
     * carry {@code meta {startAfter, startAfterId, nextPageUrl, total}} [SECONDARY]; the spec's schema
     * has only {@code count}, so without {@code meta} the cursor is taken from the last contact.
     */
    static final class StartAfter extends PageRule {

        @Override
        GhlCall first(GhlCall call) {
            // contacts.json get-contacts, limit: "will allow maximum up to 100"
            return call.query().containsKey("limit") ? call : call.with(withQuery(call, "limit", "100"), call.body());
        }

        @Override
        Optional<GhlCall> next(GhlCall call, JsonNode page, ArrayNode items, long seen) {
            if (items.isEmpty() || reached(page, seen)) {
                return Optional.empty();
            }
            JsonNode meta = page.path("meta");
            if (meta.isObject() && meta.has("nextPageUrl") && meta.path("nextPageUrl").asText("").isBlank()
                    && !meta.hasNonNull("nextPage")) {
                return Optional.empty();
            }
            String afterId;
            String after;
            if (meta.hasNonNull("startAfterId")) {
                afterId = meta.get("startAfterId").asText();
                after = meta.hasNonNull("startAfter") ? meta.get("startAfter").asText() : null;
            } else {
                JsonNode last = items.get(items.size() - 1);
                afterId = last.path("id").asText();
                after = epochMillis(last.path("dateAdded").asText(null));
            }
            Map<String, String> query = withQuery(call, "startAfterId", afterId);
            if (after != null) {
                query.put("startAfter", after);
            }
            return Optional.of(call.with(query, call.body()));
        }

        private static String epochMillis(String iso) {
            try {
                return iso == null ? null : String.valueOf(Instant.parse(iso).toEpochMilli());
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }

    /**
     * {@code POST /contacts/search} [SECONDARY/UNCONFIRMED]: {@code page}/{@code pageLimit} in the body,
     * which reach about the first 10,000 records; beyond that (or when the caller started with a
     * {@code searchAfter}) the last contact's {@code searchAfter} is the cursor. The total comes as
     * {@code total} or {@code meta.total}: both shapes are documented, both are read.
     */
    static final class Search extends PageRule {

        private static final int PAGE_PAGING_REACH = 10_000;

        @Override
        GhlCall first(GhlCall call) {
            if (!(call.body() instanceof ObjectNode original)) {
                throw new InvalidRequestBodyException(call.operation().name(), call.locationId(), "a search body must be a JSON object");
            }
            ObjectNode body = original.deepCopy();
            if (!body.has("searchAfter") && !body.has("page")) {
                body.put("page", 1);
            }
            if (!body.has("pageLimit")) {
                body.put("pageLimit", 100);
            }
            return call.with(call.query(), body);
        }

        @Override
        Optional<GhlCall> next(GhlCall call, JsonNode page, ArrayNode items, long seen) {
            if (items.isEmpty() || reached(page, seen)) {
                return Optional.empty();
            }
            ObjectNode body = call.body().deepCopy();
            int pageNumber = body.path("page").asInt(1);
            int pageLimit = body.path("pageLimit").asInt(100);
            JsonNode cursor = items.get(items.size() - 1).get("searchAfter");
            boolean cursorPaging = body.has("searchAfter") || (long) (pageNumber + 1) * pageLimit > PAGE_PAGING_REACH;
            if (cursorPaging && cursor != null && cursor.isArray()) {
                body.remove("page");
                body.set("searchAfter", cursor);
            } else {
                body.put("page", pageNumber + 1);
            }
            return Optional.of(call.with(call.query(), body));
        }
    }

    /** {@code GET /contacts/business/{businessId}}: {@code skip}/{@code limit} (strings in the spec). */
    static final class Skip extends PageRule {

        @Override
        GhlCall first(GhlCall call) {
            return call;
        }

        @Override
        Optional<GhlCall> next(GhlCall call, JsonNode page, ArrayNode items, long seen) {
            if (items.isEmpty() || reached(page, seen)) {
                return Optional.empty();
            }
            long skip = Long.parseLong(call.query().getOrDefault("skip", "0")) + items.size();
            return Optional.of(call.with(withQuery(call, "skip", String.valueOf(skip)), call.body()));
        }
    }
}
