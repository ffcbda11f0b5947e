package io.ghlsync.sync.mirror;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * The mirror's metrics: {@code ghlsync.sync.writes{flow,target,action}} counts every write to the other side, and
 * {@code ghlsync.sync.lag{flow}} times how long after the change (the source's own event time) it was written.
 */
@Component
@ConditionalOnSync
class MirrorMetrics {

    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    MirrorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void wrote(String flow, String target, String action, Instant changedAt) {
        Counter.builder("ghlsync.sync.writes").description("Writes the mirror made to the other side")
                .tag("flow", flow).tag("target", target).tag("action", action).register(registry).increment();
        if (changedAt != null) {
            Timer.builder("ghlsync.sync.lag").description("From a change at its source to its write on the other side")
                    .tag("flow", flow).publishPercentileHistogram().register(registry)
                    .record(Duration.between(changedAt, clock.instant()).abs());
        }
    }
}
