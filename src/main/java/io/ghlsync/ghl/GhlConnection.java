package io.ghlsync.ghl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;
import io.ghlsync.sandbox.SandboxProperties;
import io.ghlsync.sandbox.SimulatorAddress;

/**
 * Where HighLevel is and which location a call means when it names none: the real API and
 * {@code ghlsync.ghl.location-id} in live mode, the simulator and {@code ghlsync.sandbox.location-id}
 * in sandbox mode. The simulator's address is resolved per call (the port is known only after start).
 */
@Component
@ConditionalOnSync
public class GhlConnection {

    private final GhlProperties properties;
    private final SandboxProperties sandbox;
    private final SimulatorAddress simulators;
    private final boolean sandboxMode;

    GhlConnection(GhlProperties properties, SandboxProperties sandbox, SimulatorAddress simulators,
            @Value("${" + RunMode.PROPERTY + "}") String mode) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.simulators = simulators;
        this.sandboxMode = RunMode.fromProperty(mode) == RunMode.SANDBOX;
    }

    public boolean sandboxMode() {
        return sandboxMode;
    }

    /** Base URL of the API, without a trailing slash. */
    public String baseUrl() {
        String url = sandboxMode ? simulators.simulator("ghl") : properties.baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The location of calls that name none; empty when none is configured. */
    public String defaultLocationId() {
        return sandboxMode ? sandbox.locationId() : properties.locationId();
    }

    public GhlProperties properties() {
        return properties;
    }

    public SandboxProperties sandbox() {
        return sandbox;
    }

    /** This application's own base URL (for the default OAuth redirect in sandbox mode). */
    public String ownBaseUrl() {
        return simulators.ownBaseUrl();
    }

    /** Base URL of the HighLevel simulator (sandbox mode). */
    public String simulatorUrl() {
        return simulators.simulator("ghl");
    }
}
