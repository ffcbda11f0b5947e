package io.ghlsync.ops.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The incidents of one kind waiting for their message: a total, a breakdown by key (flow, location) and the first
 * and latest incidents. Memory stays bounded however many incidents an outage produces: past
 * {@value #MAX_KEYS} keys the rest are counted as {@value #OTHERS}.
 */
final class IncidentGroup {

    static final int MAX_KEYS = 20;
    static final String OTHERS = "others";

    private final Instant since;
    private final Map<String, Long> byKey = new LinkedHashMap<>();
    private final Map<String, String> firstDetailByKey = new LinkedHashMap<>();
    private long total;
    private long reports;
    private Incident first;
    private Incident latest;

    IncidentGroup(Instant since) {
        this.since = since;
    }

    void add(Incident incident) {
        String key = byKey.containsKey(incident.key()) || byKey.size() < MAX_KEYS ? incident.key() : OTHERS;
        byKey.merge(key, incident.count(), Long::sum);
        if (!key.equals(OTHERS)) {
            firstDetailByKey.putIfAbsent(key, incident.detail());
        }
        total += incident.count();
        reports++;
        if (first == null) {
            first = incident;
        }
        latest = incident;
    }

    Instant since() {
        return since;
    }

    long total() {
        return total;
    }

    /** How many incidents were reported (a state reported at every check counts once per check). */
    long reports() {
        return reports;
    }

    /** How many different keys (flows, locations) the incidents named. */
    int keys() {
        return byKey.size();
    }

    Incident first() {
        return first;
    }

    Incident latest() {
        return latest;
    }

    /** {@code a (35), b (2)}, largest first. */
    String breakdown() {
        return byKey.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", "));
    }

    /** {@code key: first detail} for every key, in the order they came. */
    String detailsByKey() {
        return firstDetailByKey.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
    }
}
