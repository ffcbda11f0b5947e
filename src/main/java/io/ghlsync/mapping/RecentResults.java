package io.ghlsync.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an expensive transform answered for the texts it saw lately, so the same text costs a map
 * lookup the next time. The sync maps a record again on every change and echo check, so a record's
 * values come back within minutes; the bound only has to cover that working set. A refusal is
 * remembered too, and raised again with the same message: a bad value stays bad.
 *
 * <p>Shared by every thread that maps with the template, hence a concurrent map. When it is full it
 * starts over instead of tracking recency: a bounded, rare refill is cheaper than bookkeeping on
 * every hit, and it never changes a result, only its cost.
 */
final class RecentResults {

    /** The work being remembered; it must depend on the text alone. */
    @FunctionalInterface
    interface Computation {
        JsonNode compute(String text) throws ValueProblem;
    }

    /** A value, or the problem the computation refused the text with. */
    private record Outcome(JsonNode value, String problem) {

        JsonNode get() throws ValueProblem {
            if (problem != null) {
                throw new ValueProblem(problem);
            }
            return value;
        }
    }

    private final int capacity;
    private final Computation computation;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    RecentResults(int capacity, Computation computation) {
        this.capacity = capacity;
        this.computation = computation;
    }

    JsonNode get(String text) throws ValueProblem {
        Outcome outcome = outcomes.get(text);
        if (outcome == null) {
            outcome = compute(text);
            if (outcomes.size() >= capacity) {
                outcomes.clear();
            }
            outcomes.put(text, outcome);
        }
        return outcome.get();
    }

    private Outcome compute(String text) {
        try {
            return new Outcome(computation.compute(text), null);
        } catch (ValueProblem e) {
            return new Outcome(null, e.getMessage());
        }
    }
}
