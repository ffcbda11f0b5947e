package io.ghlsync.sandbox;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the simulators answer. Resolved on each call rather than at startup because with
 * {@code server.port=0} (tests) the port is only known once the web server has started.
 */
@Component
public class SimulatorAddress {

    private final SandboxProperties sandbox;
    private final Environment environment;

    SimulatorAddress(SandboxProperties sandbox, Environment environment) {
        this.sandbox = sandbox;
        this.environment = environment;
    }

    /** Base URL of the simulators, without a trailing slash, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        if (StringUtils.hasText(sandbox.url())) {
            return stripTrailingSlash(sandbox.url());
        }
        return "http://127.0.0.1:" + ownPort();
    }

    /** Base URL of one simulator, e.g. {@code simulator("ghl")} is {@code http://127.0.0.1:8080/sandbox/ghl}. */
    public String simulator(String name) {
        return baseUrl() + "/sandbox/" + name;
    }

    /** This application's own base URL, e.g. for the default webhook target of the simulators. */
    public String ownBaseUrl() {
        return "http://127.0.0.1:" + ownPort();
    }

    private String ownPort() {
        String port = environment.getProperty("local.server.port");
        return port != null ? port : environment.getProperty("server.port", "8080");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
