package io.ghlsync.sandbox.app;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SimulatorAddress;
import io.ghlsync.sandbox.SimulatorStats;
import io.ghlsync.sandbox.simulation.SimulatedService;

/** The generic app simulator under {@code /sandbox/app}: stats "app", service behaviour, tasks and notes. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
class AppSimulatorConfiguration {

    static final String NAME = "app";

    @Bean
    SimulatorStats appSimulatorStats() {
        return new SimulatorStats(NAME);
    }

    @Bean
    SimulatedService appSimulatedService(AppSimulatorProperties properties,
            @Qualifier("appSimulatorStats") SimulatorStats stats, SimulatorAddress address) {
        AppVendor vendor = new AppVendor(properties.authHeader(), properties.authValue());
        return SimulatedService.withWebhooks(NAME, stats, vendor, properties.rateLimit(), properties.requestLogSize(),
                properties.webhooks(), address);
    }

    @Bean
    AppSimulator appSimulator(AppSimulatorProperties properties,
            @Qualifier("appSimulatedService") SimulatedService service, ObjectMapper json) {
        return new AppSimulator(service,
                new AppWebhooks(service.webhooks().orElseThrow(), properties.webhooks().secret(), json));
    }
}
