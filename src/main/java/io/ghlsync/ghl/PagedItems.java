package io.ghlsync.ghl;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Every item of every page, fetching a page only when the previous one has been consumed. */
final class PagedItems implements Iterator<JsonNode> {

    private final Function<GhlCall, JsonNode> fetch;
    private final PageRule rule;
    private GhlCall nextPage;
    private Iterator<JsonNode> current = Collections.emptyIterator();
    private long seen;

    PagedItems(Function<GhlCall, JsonNode> fetch, GhlCall first, PageRule rule) {
        this.fetch = fetch;
        this.nextPage = first;
        this.rule = rule;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && nextPage != null) {
            fetchPage();
        }
        return current.hasNext();
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private void fetchPage() {
        GhlCall call = nextPage;
        JsonNode page = fetch.apply(call);
        ArrayNode items = rule.items(call, page);
        seen += items.size();
        nextPage = rule.next(call, page, items, seen).orElse(null);
        if (call.equals(nextPage)) {
            // A cursor that does not move would page forever.
            throw new MalformedResponseException(call.operation().name(), call.locationId(), 200,
                    "the paging cursor did not advance after " + seen + " items", 1);
        }
        current = items.iterator();
    }
}
