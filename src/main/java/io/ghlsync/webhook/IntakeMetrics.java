package io.ghlsync.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * {@code ghlsync.events.received|accepted|duplicates{source,type}} and {@code ghlsync.events.rejected{source,reason}}.
 * Tag values come from fixed sets (known event types, or "none" when the type was never read), never
 * straight from a request, so that a caller cannot blow up the number of series.
 */
@Component
@ConditionalOnSync
class IntakeMetrics {

    /** The type tag of a request refused before its event type was read. */
    static final String TYPE_NOT_READ = "none";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String source, String type) {
        count("ghlsync.events.received", "type", source, type);
        count("ghlsync.events.accepted", "type", source, type);
    }

    void duplicate(String source, String type) {
        count("ghlsync.events.received", "type", source, type);
        count("ghlsync.events.duplicates", "type", source, type);
    }

    void rejected(String source, String reason) {
        count("ghlsync.events.received", "type", source, TYPE_NOT_READ);
        count("ghlsync.events.rejected", "reason", source, reason);
    }

    private void count(String name, String tag, String source, String value) {
        counters.computeIfAbsent(name + '|' + source + '|' + value, key -> Counter.builder(name)
                .tag("source", source).tag(tag, value).register(registry)).increment();
    }
}
