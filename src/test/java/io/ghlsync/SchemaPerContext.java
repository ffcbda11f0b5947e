package io.ghlsync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL (SPRING_DATASOURCE_URL, as .ci/run sets it), gives every Spring context of the test run a fresh schema
 * of its own, named after the run's schema ({@code <schema>_<random>}), as each context gets its own in-memory H2
 * database otherwise. Contexts live side by side in one JVM with their inbox workers running: sharing one schema,
 * one context's workers would claim the events another context's test is watching.
 *
 * <p>Only a context that uses exactly the environment's URL is moved; a test that names its own database (a second
 * instance on this context's schema, a proxy in front of PostgreSQL) keeps it. .ci/run drops the schemas afterwards.
 */
public class SchemaPerContext implements EnvironmentPostProcessor {

    private static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String runUrl = System.getenv("SPRING_DATASOURCE_URL");
        if (runUrl == null || !runUrl.startsWith("jdbc:postgresql:") || !runUrl.equals(environment.getProperty(URL))) {
            return;
        }
        String runSchema = runUrl.replaceFirst(".*[?&]currentSchema=([^&]+).*", "$1");
        if (runSchema.equals(runUrl)) {
            runSchema = "test";
        }
        String schema = runSchema + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String password = environment.getProperty("spring.datasource.password", "");
        try (Connection db = DriverManager.getConnection(runUrl, user, password)) {
            db.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test context's schema " + schema, e);
        }
        String contextUrl = runUrl.contains("currentSchema=")
                ? runUrl.replaceFirst("currentSchema=[^&]+", "currentSchema=" + schema)
                : runUrl + (runUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        environment.getPropertySources().addFirst(new MapPropertySource("schemaPerContext", Map.of(URL, contextUrl)));
    }
}
