package io.ghlsync.target;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;
import io.ghlsync.sandbox.SimulatorAddress;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Builds each target client's {@link TargetHttp} and tells it whether to talk to its simulator
 * (sandbox mode) or to the configured service (live mode).
 */
@Component
@ConditionalOnSync
public class TargetHttpFactory {

    private static final Logger log = LoggerFactory.getLogger(TargetHttpFactory.class);

    private final boolean sandbox;
    private final SimulatorAddress simulators;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Map<String, Supplier<TargetConnection>> connections = new ConcurrentHashMap<>();

    TargetHttpFactory(@Value("${" + RunMode.PROPERTY + "}") String mode, SimulatorAddress simulators,
            ObjectMapper json, MeterRegistry meters) {
        this.sandbox = RunMode.fromProperty(mode) == RunMode.SANDBOX;
        this.simulators = simulators;
        this.json = json;
        this.meters = meters;
    }

    /** Whether clients use their simulator (and its sandbox credentials) instead of configuration. */
    public boolean sandbox() {
        return sandbox;
    }

    /** The base URL of simulator {@code name}, resolved now (the port is known only after start). */
    public String simulator(String name) {
        return simulators.simulator(name);
    }

    /**
     * A caller for {@code target}. {@code connection} is asked on every call; in live mode it is
     * checked once here so an incomplete configuration is reported at startup, not at first use.
     */
    public TargetHttp create(String target, CallPolicy policy, Supplier<TargetConnection> connection) {
        if (!sandbox) {
            TargetConnection live = connection.get();
            if (!live.missing().isEmpty()) {
                log.warn("{} is not configured: {} empty; calls to it will fail with TargetNotConfiguredException",
                        target, live.missing());
            }
        }
        connections.put(target, connection);
        return new TargetHttp(target, policy, connection, json, meters, Clock.systemUTC());
    }

    /** Where {@code target} is now (for the health checks), once its client exists. */
    public Optional<TargetConnection> connection(String target) {
        return Optional.ofNullable(connections.get(target)).map(Supplier::get);
    }
}
