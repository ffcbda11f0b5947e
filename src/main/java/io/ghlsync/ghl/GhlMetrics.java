package io.ghlsync.ghl;

import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ratelimit.RateBudget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The client's metrics (docs/architecture.md "Metrics"): {@code ghlsync.ghl.api.calls{operation,status}}
 * per request sent, {@code ghlsync.ghl.rate.limited{location,operation}} per 429, and the gauge
 * {@code ghlsync.ghl.rate.budget.remaining{location}} (HighLevel's last reported remaining budget).
 */
@Component
@ConditionalOnSync
class GhlMetrics {

    private final MeterRegistry registry;
    private final RateBudget budget;
    private final Set<String> gaugedLocations = ConcurrentHashMap.newKeySet();

    GhlMetrics(MeterRegistry registry, RateBudget budget) {
        this.registry = registry;
        this.budget = budget;
    }

    /** One request sent; {@code status} is the HTTP status, or {@code timeout} / {@code io-error}. */
    void called(Operation operation, String locationId, String status) {
        Counter.builder("ghlsync.ghl.api.calls")
                .description("Requests sent to HighLevel, by operation and answer status")
                .tag("operation", operation.name())
                .tag("status", status)
                .register(registry)
                .increment();
        if (gaugedLocations.add(locationId)) {
            Gauge.builder("ghlsync.ghl.rate.budget.remaining", () -> remaining(locationId))
                    .description("Requests left in the current interval as HighLevel last reported it")
                    .tag("location", locationId)
                    .register(registry);
        }
    }

    private double remaining(String locationId) {
        OptionalLong remaining = budget.remaining(locationId);
        return remaining.isPresent() ? remaining.getAsLong() : Double.NaN;
    }

    void rateLimited(Operation operation, String locationId) {
        Counter.builder("ghlsync.ghl.rate.limited")
                .description("429 answers from HighLevel, by location and operation")
                .tag("location", locationId)
                .tag("operation", operation.name())
                .register(registry)
                .increment();
    }
}
