package io.ghlsync.sandbox.ghl;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SimulatorStats;

/**
 * Every request the simulated API answered, 401s, 429s and faulted ones included, kept in a bounded
 * ring ({@code ghlsync.sandbox.ghl.request-log-capacity}), and counted into the simulator's
 * {@link SimulatorStats} ({@code GET /sandbox/stats}).
 */
@Component
@ConditionalOnSimulators
class RequestLog {

    /** A request as it arrived; completed into a {@link RequestLogEntry} once answered. */
    record Arrival(long receivedAt, long startNanos, String method, String path) {
    }

    private final BoundedLog<RequestLogEntry> entries;
    private final SimulatorStats stats;

    RequestLog(GhlSimulatorProperties properties, @Qualifier(GhlSimulatorConfiguration.STATS) SimulatorStats stats) {
        this.entries = new BoundedLog<>(properties.requestLogCapacity());
        this.stats = stats;
    }

    static Arrival arrived(String method, String path) {
        return new Arrival(System.currentTimeMillis(), System.nanoTime(), method, path);
    }

    void record(Arrival arrival, GhlOperation operation, String locationId, int status, String fault) {
        stats.countRequest();
        if (status == 429) {
            stats.countRateLimited();
        }
        long duration = (System.nanoTime() - arrival.startNanos()) / 1_000_000;
        entries.append(sequence -> new RequestLogEntry(sequence, arrival.receivedAt(), arrival.method(), arrival.path(),
                operation == null ? null : operation.operationName(), locationId, status, duration, fault));
    }

    List<RequestLogEntry> since(long since, int limit) {
        return entries.since(since, limit);
    }

    long lastSequence() {
        return entries.lastSequence();
    }
}
