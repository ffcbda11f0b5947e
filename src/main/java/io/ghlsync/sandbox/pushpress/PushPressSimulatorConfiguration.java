package io.ghlsync.sandbox.pushpress;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SimulatorAddress;
import io.ghlsync.sandbox.SimulatorStats;
import io.ghlsync.sandbox.simulation.SimulatedService;
import io.ghlsync.sandbox.simulation.WebhookEmitter;

/** The PushPress simulator under {@code /sandbox/pushpress}: stats "pushpress", service behaviour, the gym. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
class PushPressSimulatorConfiguration {

    static final String NAME = "pushpress";

    @Bean
    SimulatorStats pushpressSimulatorStats() {
        return new SimulatorStats(NAME);
    }

    @Bean
    SimulatedService pushpressSimulatedService(PushPressSimulatorProperties properties,
            @Qualifier("pushpressSimulatorStats") SimulatorStats stats, SimulatorAddress address) {
        return SimulatedService.withWebhooks(NAME, stats, new PushPressVendor(properties), properties.rateLimit(),
                properties.requestLogSize(), properties.webhooks(), address);
    }

    @Bean
    PushPressSimulator pushPressSimulator(PushPressSimulatorProperties properties,
            @Qualifier("pushpressSimulatedService") SimulatedService service, ObjectMapper json) {
        WebhookEmitter emitter = service.webhooks().orElseThrow();
        return new PushPressSimulator(properties, service,
                new PushPressWebhooks(emitter, properties.webhooks().secret(), json));
    }
}
