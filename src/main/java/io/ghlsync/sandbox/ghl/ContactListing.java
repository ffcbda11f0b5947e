package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The two query-string lists: the deprecated {@code GET /contacts/} with its cursor
 * ({@code startAfter} epoch ms + {@code startAfterId}) and {@code GET /contacts/business/{businessId}}
 * with {@code skip}/{@code limit}. Items are in the thinner {@code ContactsSearchSchema} shape.
 *
 * <p>The spec declares {@code {contacts, count}} but also defines an unreferenced
 * {@code ContactsMetaSchema}; real answers carry {@code meta} (docs/api-research.md §1.4), so both are sent.
 */
@Component
@ConditionalOnSimulators
class ContactListing {

    /** The paging parameters of {@code GET /contacts/}, already checked. */
    record ListQuery(String locationId, String startAfterId, Long startAfter, String query, int limit) {
    }

    private final GhlWorld world;

    ContactListing(GhlWorld world) {
        this.world = world;
    }

    /** One page after the cursor; {@code selfUrl} is the URL of {@code /contacts/} for {@code nextPageUrl}. */
    ObjectNode list(ListQuery request, String selfUrl) {
        Optional<LocationData> location = world.existingLocation(request.locationId());
        Predicate<SimContact> matches = matching(request.query());
        LocationData.ListKey cursor = cursor(request, location);
        List<SimContact> all = location.stream().flatMap(where -> where.inListOrder().stream()
                .map(key -> where.contact(key.id()).orElse(null))).filter(contact -> contact != null && matches.test(contact))
                .toList();
        long before = cursor == null ? 0 : all.stream().filter(contact -> LocationData.ListKey.of(contact).compareTo(cursor) <= 0).count();
        List<SimContact> page = all.stream().skip(before).limit(request.limit()).toList();
        boolean more = before + page.size() < all.size();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("contacts", items(page.stream()));
        answer.put("count", all.size());
        ObjectNode meta = answer.putObject("meta");
        meta.put("total", all.size());
        int currentPage = (int) (before / request.limit()) + 1;
        if (more) {
            SimContact last = page.get(page.size() - 1);
            meta.put("nextPageUrl", UriComponentsBuilder.fromUriString(selfUrl)
                    .queryParam("locationId", request.locationId())
                    .queryParam("startAfter", last.dateAdded().toEpochMilli())
                    .queryParam("startAfterId", last.id())
                    .queryParam("limit", request.limit())
                    .queryParamIfPresent("query", Optional.ofNullable(request.query()))
                    .encode().build().toUriString());
            meta.put("startAfterId", last.id());
            meta.put("startAfter", last.dateAdded().toEpochMilli());
            meta.put("nextPage", currentPage + 1);
        } else {
            meta.putNull("nextPageUrl");
            meta.putNull("startAfterId");
            meta.putNull("startAfter");
            meta.putNull("nextPage");
        }
        meta.put("currentPage", currentPage);
        if (currentPage > 1) {
            meta.put("prevPage", currentPage - 1);
        } else {
            meta.putNull("prevPage");
        }
        return answer;
    }

    /** {@code GET /contacts/business/{businessId}}: {@code {contacts, count}} in list order. */
    ObjectNode byBusiness(String locationId, String businessId, String query, int skip, int limit) {
        Predicate<SimContact> matches = matching(query);
        List<SimContact> all = world.existingLocation(locationId).stream()
                .flatMap(location -> location.contacts().stream())
                .filter(contact -> businessId.equals(contact.memberships().businessId()) && matches.test(contact))
                .sorted(Comparator.comparing(LocationData.ListKey::of))
                .toList();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("contacts", items(all.stream().skip(skip).limit(limit)));
        answer.put("count", all.size());
        return answer;
    }

    /**
     * The free-text {@code query}: a case-insensitive match on name, email, phone (also by its digits)
     * and company name.
     */
    static Predicate<SimContact> matching(String query) {
        if (query == null || query.isBlank()) {
            return contact -> true;
        }
        String text = query.trim().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\D", "");
        return contact -> Stream.of(ContactJson.displayName(contact), contact.text("email"), contact.text("companyName"),
                        contact.text("phone"))
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text))
                || (digits.length() >= 3 && contact.text("phone") != null
                        && contact.text("phone").replaceAll("\\D", "").contains(digits));
    }

    private static LocationData.ListKey cursor(ListQuery request, Optional<LocationData> location) {
        if (request.startAfterId() != null) {
            Optional<SimContact> after = location.flatMap(where -> where.contact(request.startAfterId()));
            if (after.isPresent()) {
                return LocationData.ListKey.of(after.get());
            }
            if (request.startAfter() != null) {
                return new LocationData.ListKey(Instant.ofEpochMilli(request.startAfter()), request.startAfterId());
            }
        }
        // Only a time: everything added after that millisecond ("\uffff" sorts after every id).
        return request.startAfter() == null ? null
                : new LocationData.ListKey(Instant.ofEpochMilli(request.startAfter()), "\uffff");
    }

    private static ArrayNode items(Stream<SimContact> contacts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        contacts.map(ContactJson::listItem).forEach(array::add);
        return array;
    }
}
