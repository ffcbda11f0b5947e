package io.ghlsync.sandbox.simulation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/** The simulated services of this process, found by the first path segment after {@code /sandbox/}. */
@Component
@ConditionalOnSimulators
class SimulatedServices {

    static final String CONTROL_SEGMENT = "_sim";
    private static final String ROOT = "/sandbox/";

    private final ObjectProvider<SimulatedService> provider;
    private volatile Map<String, SimulatedService> byName;

    SimulatedServices(ObjectProvider<SimulatedService> provider) {
        this.provider = provider;
    }

    Optional<SimulatedService> named(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The service a request path belongs to, e.g. {@code /sandbox/push/api/v1/notify} → push. */
    Optional<SimulatedService> forPath(String path) {
        if (!path.startsWith(ROOT)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', ROOT.length());
        return named(end < 0 ? path.substring(ROOT.length()) : path.substring(ROOT.length(), end));
    }

    /** Whether a path is a control-API path ({@code /sandbox/<name>/_sim/…}) rather than the service's API. */
    static boolean isControl(SimulatedService service, String path) {
        String control = ROOT + service.name() + "/" + CONTROL_SEGMENT;
        return path.equals(control) || path.startsWith(control + "/");
    }

    // Resolved lazily: the services are beans of the simulator configurations, created after this one.
    private Map<String, SimulatedService> all() {
        Map<String, SimulatedService> services = byName;
        if (services == null) {
            services = provider.stream().collect(Collectors.toUnmodifiableMap(SimulatedService::name,
                    Function.identity()));
            byName = services;
        }
        return services;
    }
}
