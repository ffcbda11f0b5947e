package io.ghlsync.sandbox.simulation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failures to inject into a simulator at runtime: a latency added to every request until cleared,
 * and a queue of one-shot faults served to the next requests in order (e.g. "three 429s, then a
 * 503"). Thread-safe; the queue is consumed by whichever request comes next.
 */
public final class Faults {

    private final Deque<Pending> queue = new ArrayDeque<>();
    private volatile long latencyMillis;

    /** The next {@code count} requests get {@code fault}, after any already queued. */
    public synchronized void add(Fault fault, int count) {
        if (count < 1 || count > 100_000) {
            throw new SimulatorRejection(400, "count must be between 1 and 100000");
        }
        queue.addLast(new Pending(fault, count));
    }

    public void rateLimitNext(int count, int retryAfterSeconds) {
        add(Fault.rateLimit(retryAfterSeconds), count);
    }

    public void serverErrorNext(int count, int status) {
        add(Fault.serverError(status), count);
    }

    public void timeoutNext(int count, Duration hold) {
        add(Fault.timeout(hold.toMillis()), count);
    }

    /** Every request waits this long before it is served (0 clears). */
    public void latency(Duration latency) {
        if (latency.isNegative() || latency.toMillis() > 600_000) {
            throw new SimulatorRejection(400, "latency must be between 0 and 600000 ms");
        }
        this.latencyMillis = latency.toMillis();
    }

    public long latencyMillis() {
        return latencyMillis;
    }

    /** The fault for the request arriving now, if one is queued. */
    synchronized Optional<Fault> take() {
        Pending head = queue.peekFirst();
        if (head == null) {
            return Optional.empty();
        }
        if (--head.remaining == 0) {
            queue.removeFirst();
        }
        return Optional.of(head.fault);
    }

    public synchronized void clear() {
        queue.clear();
        latencyMillis = 0;
    }

    /** For {@code GET …/_sim/faults}: the latency and what is still queued. */
    public synchronized Map<String, Object> describe() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("latencyMillis", latencyMillis);
        state.put("queued", queue.stream().map(Pending::describe).toList());
        return state;
    }

    private static final class Pending {
        private final Fault fault;
        private int remaining;

        Pending(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }

        Map<String, Object> describe() {
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("kind", fault.kind());
            pending.put("remaining", remaining);
            pending.put("status", fault.status());
            pending.put("retryAfterSeconds", fault.retryAfterSeconds());
            pending.put("holdMillis", fault.holdMillis());
            return pending;
        }
    }
}
