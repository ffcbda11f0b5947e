package io.ghlsync;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides {@link RunMode} before any bean exists, so that the decision is made in exactly one
 * place: sandbox unless HighLevel credentials (a private-integration token or an OAuth client id)
 * are configured. An explicit {@code ghlsync.mode} wins; the {@code simulator} profile means
 * simulator mode.
 *
 * <p>It also supplies the default database, as the lowest-priority source so any configured
 * {@code spring.datasource.url} wins: a durable H2 file in live mode, and an in-memory H2 in sandbox
 * and simulator mode, because the simulators keep their state in memory and a database that
 * outlived them would hold links to records that no longer exist.
 */
class RunModeDetector implements EnvironmentPostProcessor {

    static final String API_TOKEN = "ghlsync.ghl.api-token";
    static final String OAUTH_CLIENT_ID = "ghlsync.ghl.oauth.client-id";
    static final String LIVE_DATABASE = "jdbc:h2:file:./data/ghlsync;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    static final String SANDBOX_DATABASE = "jdbc:h2:mem:ghlsync;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        RunMode mode = detect(environment);
        environment.getPropertySources().addFirst(new MapPropertySource("ghlsyncRunMode",
                Map.of(RunMode.PROPERTY, mode.propertyValue())));
        environment.getPropertySources().addLast(new MapPropertySource("ghlsyncDefaultDatabase",
                Map.of("spring.datasource.url", mode == RunMode.LIVE ? LIVE_DATABASE : SANDBOX_DATABASE)));
    }

    static RunMode detect(ConfigurableEnvironment environment) {
        String explicit = environment.getProperty(RunMode.PROPERTY);
        if (StringUtils.hasText(explicit)) {
            return RunMode.fromProperty(explicit);
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("simulator")) {
            return RunMode.SIMULATOR;
        }
        boolean credentials = StringUtils.hasText(environment.getProperty(API_TOKEN))
                || StringUtils.hasText(environment.getProperty(OAUTH_CLIENT_ID));
        return credentials ? RunMode.LIVE : RunMode.SANDBOX;
    }
}
