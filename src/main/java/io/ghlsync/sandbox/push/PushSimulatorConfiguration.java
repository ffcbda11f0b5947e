package io.ghlsync.sandbox.push;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SimulatorStats;
import io.ghlsync.sandbox.simulation.SimulatedService;

/** The Push simulator under {@code /sandbox/push}: stats "push", service behaviour, the notification list. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
class PushSimulatorConfiguration {

    static final String NAME = "push";

    @Bean
    SimulatorStats pushSimulatorStats() {
        return new SimulatorStats(NAME);
    }

    @Bean
    SimulatedService pushSimulatedService(PushSimulatorProperties properties,
            @Qualifier("pushSimulatorStats") SimulatorStats stats) {
        return new SimulatedService(NAME, stats, new PushVendor(properties.apiKey()), properties.rateLimit(),
                properties.requestLogSize(), null);
    }

    @Bean
    PushSimulator pushSimulator(PushSimulatorProperties properties,
            @Qualifier("pushSimulatedService") SimulatedService service) {
        return new PushSimulator(service, properties.notificationLogSize());
    }
}
