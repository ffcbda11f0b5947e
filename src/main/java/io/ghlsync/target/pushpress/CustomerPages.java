package io.ghlsync.target.pushpress;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Walks {@code GET /customers} page by page, fetching the next page only when the current one is
 * used up, and stopping after a page with fewer than {@code limit} results (the official SDK's rule:
 * PushPress answers no total count).
 */
final class CustomerPages implements Iterator<Map<String, Object>> {

    private final IntFunction<List<Map<String, Object>>> fetch;
    private final int limit;
    private Iterator<Map<String, Object>> current = List.<Map<String, Object>>of().iterator();
    private int nextPage = 1;
    private boolean lastPageSeen;

    CustomerPages(IntFunction<List<Map<String, Object>>> fetch, int limit) {
        this.fetch = fetch;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastPageSeen) {
            List<Map<String, Object>> page = fetch.apply(nextPage++);
            lastPageSeen = page.size() < limit;
            current = page.iterator();
        }
        return current.hasNext();
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more PushPress customers");
        }
        return current.next();
    }
}
