package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The faults in force and which of them hit a request. Latency faults add up; of the other kinds
 * the oldest matching fault that fires decides the request's fate. A counted fault hits exactly
 * {@code count} requests even under concurrency, then disappears.
 */
@Component
@ConditionalOnSimulators
class FaultInjector {

    /** What happens to one request: extra delay, and at most one fault deciding the answer. */
    record Decision(long delayMillis, FaultSpec outcome, List<FaultKind> applied) {

        static final Decision NONE = new Decision(0, null, List.of());

        boolean any() {
            return !applied.isEmpty();
        }
    }

    private static final class Armed {

        final String id;
        final FaultSpec spec;
        final AtomicInteger remaining;
        final AtomicLong applied = new AtomicLong();

        Armed(String id, FaultSpec spec) {
            this.id = id;
            this.spec = spec;
            this.remaining = new AtomicInteger(spec.count() == null ? -1 : spec.count());
        }

        /** Takes one of the remaining hits; false when none is left. */
        boolean claim() {
            while (true) {
                int left = remaining.get();
                if (left == 0) {
                    return false;
                }
                if (left < 0 || remaining.compareAndSet(left, left - 1)) {
                    applied.incrementAndGet();
                    return true;
                }
            }
        }

        ActiveFault view() {
            int left = remaining.get();
            return new ActiveFault(id, spec, left < 0 ? null : left, applied.get());
        }
    }

    private final CopyOnWriteArrayList<Armed> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    ActiveFault add(FaultSpec spec) {
        Armed armed = new Armed("fault-" + ids.incrementAndGet(), spec);
        faults.add(armed);
        return armed.view();
    }

    List<ActiveFault> list() {
        return faults.stream().map(Armed::view).toList();
    }

    boolean remove(String id) {
        return faults.removeIf(armed -> armed.id.equals(id));
    }

    void clear() {
        faults.clear();
    }

    Decision decide(String operation, String locationId) {
        if (faults.isEmpty()) {
            return Decision.NONE;
        }
        long delay = 0;
        FaultSpec outcome = null;
        List<FaultKind> applied = new ArrayList<>();
        for (Armed armed : faults) {
            FaultSpec spec = armed.spec;
            boolean latency = spec.kind() == FaultKind.LATENCY;
            if ((latency || outcome == null) && spec.matches(operation, locationId) && fires(spec) && armed.claim()) {
                applied.add(spec.kind());
                if (latency) {
                    delay += spec.delayMillis();
                } else {
                    outcome = spec;
                    delay += spec.kind() == FaultKind.TIMEOUT ? spec.delayMillis() : 0;
                }
            }
        }
        faults.removeIf(armed -> armed.remaining.get() == 0);
        return applied.isEmpty() ? Decision.NONE : new Decision(delay, outcome, applied);
    }

    private static boolean fires(FaultSpec spec) {
        return spec.probability() >= 1 || ThreadLocalRandom.current().nextDouble() < spec.probability();
    }
}
