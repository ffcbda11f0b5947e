package io.ghlsync.ops.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * HighLevel's 429s over the last window, from samples of the client's running counts per location
 * ({@code ghlsync.ghl.rate.limited{location,operation}}). Keeps the samples of one window plus the one just before
 * it, which is the base the counts are measured from.
 */
final class RateLimitWindow {

    /** The 429s of one span, per location. */
    record Counted(Duration span, Map<String, Long> byLocation) {

        long total() {
            return byLocation.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Sample(Instant at, Map<String, Double> byLocation) {
    }

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    RateLimitWindow(Duration window) {
        this.window = window;
    }

    /** Adds the running counts seen {@code at}, and answers the 429s since the window's base sample. */
    synchronized Counted add(Instant at, Map<String, Double> runningCounts) {
        samples.addLast(new Sample(at, Map.copyOf(runningCounts)));
        Instant start = at.minus(window);
        while (samples.size() > 2 && !secondOldest().at().isAfter(start)) {
            samples.removeFirst();
        }
        Sample base = samples.getFirst();
        Map<String, Long> counted = new HashMap<>();
        runningCounts.forEach((location, count) -> {
            long since = Math.round(count - base.byLocation().getOrDefault(location, 0.0));
            if (since > 0) {
                counted.put(location, since);
            }
        });
        return new Counted(Duration.between(base.at(), at), counted);
    }

    private Sample secondOldest() {
        Iterator<Sample> oldestFirst = samples.iterator();
        oldestFirst.next();
        return oldestFirst.next();
    }
}
