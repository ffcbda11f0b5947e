package io.ghlsync.ghl;

import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HighLevel Contacts API for Java beans; YAML routes use the {@code ghl:} component, which is
 * built on this. Operations are named as in {@code docs/operations.md} ({@code getContact}, ...).
 *
 * <p>{@code parameters} holds path and query parameters by their spec names ({@code contactId},
 * {@code id} for notes, {@code limit}, ...); its {@code locationId} selects the location whose token
 * and rate budget are used (default {@code ghlsync.ghl.location-id}, sandbox
 * {@code ghlsync.sandbox.location-id}) and is sent as a query parameter only where the spec declares
 * one. {@code body} is a Map, JsonNode, record/bean or JSON string, sent only to operations that take
 * a body. Every failure is a {@link GhlException}.
 */
public interface GhlApi {

    /** Calls {@code operation} once (retrying as the rate-limit policy allows) and returns its answer. */
    JsonNode call(String operation, Map<String, ?> parameters, Object body);

    default JsonNode call(String operation, Map<String, ?> parameters) {
        return call(operation, parameters, null);
    }

    /**
     * Every item (contact) of every page of a paged operation ({@code getContacts},
     * {@code searchContactsAdvanced}, {@code getContactsByBusinessId}), fetching the next page only
     * when the items of the last one have been consumed.
     *
     * @throws IllegalArgumentException when {@code operation} does not page
     */
    Iterator<JsonNode> iterate(String operation, Map<String, ?> parameters, Object body);

    /** {@link #iterate} as a sequential stream; close it or consume it, nothing is held open. */
    default Stream<JsonNode> stream(String operation, Map<String, ?> parameters, Object body) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                iterate(operation, parameters, body), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
