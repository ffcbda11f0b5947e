package io.ghlsync.sandbox.ghl;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SimulatorStats;

/** The HighLevel simulator's shared state: its locations and its totals at {@code GET /sandbox/stats}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
class GhlSimulatorConfiguration {

    static final String STATS = "ghlSimulatorStats";

    @Bean(STATS)
    SimulatorStats ghlSimulatorStats() {
        return new SimulatorStats("ghl");
    }

    @Bean
    GhlWorld ghlWorld() {
        return new GhlWorld();
    }
}
