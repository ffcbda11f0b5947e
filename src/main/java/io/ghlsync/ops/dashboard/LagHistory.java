package io.ghlsync.ops.dashboard;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Sync lag over time, for the dashboard's chart: every {@code ghlsync.dashboard.lag-sample-interval} it reads each
 * flow's {@code ghlsync.sync.lag} timer and keeps the mean lag of the syncs finished since the previous reading
 * (none when there were none), for the last {@code ghlsync.dashboard.lag-samples} readings. In memory: the chart
 * starts afresh with the process, the Prometheus metric is the long-term record.
 */
@Component
@ConditionalOnSync
class LagHistory {

    /** One reading: epoch seconds and, per flow, the mean lag in milliseconds since the reading before. */
    record Reading(long at, Map<String, Double> meanMillis) {
    }

    /** The readings as chart columns: times, and per flow one value (or null) per time. */
    record Series(List<Long> times, Map<String, List<Double>> flows) {
    }

    private final MeterRegistry metrics;
    private final int capacity;
    private final Clock clock = Clock.systemUTC();
    private final Deque<Reading> readings = new ArrayDeque<>();
    private final Map<String, double[]> previous = new HashMap<>(); // flow -> {count, total ms}
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-lag-sampler");
        thread.setDaemon(true);
        return thread;
    });

    LagHistory(MeterRegistry metrics, DashboardProperties properties) {
        this.metrics = metrics;
        this.capacity = properties.lagSamples();
        long every = properties.lagSampleInterval().toMillis();
        timer.scheduleAtFixedRate(this::sample, every, every, TimeUnit.MILLISECONDS);
    }

    synchronized void sample() {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Timer lag : metrics.find(FlowsController.LAG_TIMER).timers()) {
            String flow = lag.getId().getTag("flow");
            double count = lag.count();
            double total = lag.totalTime(TimeUnit.MILLISECONDS);
            double[] before = previous.getOrDefault(flow, new double[2]);
            previous.put(flow, new double[] {count, total});
            means.put(flow, count > before[0] ? (total - before[1]) / (count - before[0]) : null);
        }
        readings.addLast(new Reading(clock.instant().getEpochSecond(), means));
        while (readings.size() > capacity) {
            readings.removeFirst();
        }
    }

    synchronized Series series() {
        TreeSet<String> flows = new TreeSet<>();
        readings.forEach(reading -> flows.addAll(reading.meanMillis().keySet()));
        List<Long> times = new ArrayList<>(readings.size());
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        flows.forEach(flow -> columns.put(flow, new ArrayList<>(readings.size())));
        for (Reading reading : readings) {
            times.add(reading.at());
            flows.forEach(flow -> columns.get(flow).add(reading.meanMillis().get(flow)));
        }
        return new Series(times, columns);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
