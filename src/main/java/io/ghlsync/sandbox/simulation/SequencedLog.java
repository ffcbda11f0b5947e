package io.ghlsync.sandbox.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The last {@code capacity} entries of something a simulator saw, each numbered with a sequence
 * that only grows (also across resets), so a reader can ask "everything after {@code seq}" and
 * never miss or repeat an entry. Bounded so a long load test cannot exhaust memory.
 */
public final class SequencedLog<T> {

    private static final int MAX_PAGE = 10_000;

    private final Object[] ring;
    private long nextSeq = 1;
    private long firstKept = 1;

    public SequencedLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("log capacity must be at least 1");
        }
        this.ring = new Object[capacity];
    }

    /** Appends the entry {@code create} makes for the next sequence number, and answers it. */
    public synchronized T append(LongFunction<T> create) {
        long seq = nextSeq++;
        T entry = create.apply(seq);
        ring[(int) (seq % ring.length)] = entry;
        firstKept = Math.max(firstKept, seq - ring.length + 1);
        return entry;
    }

    /** Up to {@code limit} entries with a sequence number greater than {@code seq}, oldest first. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> since(long seq, int limit) {
        List<T> entries = new ArrayList<>();
        for (long s = Math.max(seq + 1, firstKept); s < nextSeq && entries.size() < limit; s++) {
            entries.add((T) ring[(int) (s % ring.length)]);
        }
        return entries;
    }

    /**
     * For the control API: {@code {serverTime, latestSeq, <entries>: [...]}} with up to {@code limit}
     * (at most 10,000) entries after {@code since}. The server time lets a reader relate the
     * entries' timestamps to "now" without trusting its own clock.
     */
    public Map<String, Object> page(String entries, long since, int limit) {
        if (since < 0 || limit < 1) {
            throw new SimulatorRejection(400, "since must be 0 or more and limit 1 or more");
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("serverTime", Instant.now());
        synchronized (this) {
            page.put("latestSeq", latestSeq());
            page.put(entries, since(since, Math.min(limit, MAX_PAGE)));
        }
        return page;
    }

    /** The sequence number of the newest entry (0 before the first). */
    public synchronized long latestSeq() {
        return nextSeq - 1;
    }

    /** Forgets every entry; numbering goes on from where it was, so old cursors stay valid. */
    public synchronized void clear() {
        Arrays.fill(ring, null);
        firstKept = nextSeq;
    }
}
