package io.ghlsync.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Totals one simulator publishes at {@code GET /sandbox/stats}: requests it answered and 429s it
 * sent. Each simulator owns one instance, registered as a bean, and counts into it.
 */
public final class SimulatorStats {

    private final String name;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    public SimulatorStats(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void countRequest() {
        requests.incrementAndGet();
    }

    public void countRateLimited() {
        rateLimited.incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    public long rateLimited() {
        return rateLimited.get();
    }

    public void reset() {
        requests.set(0);
        rateLimited.set(0);
    }
}
