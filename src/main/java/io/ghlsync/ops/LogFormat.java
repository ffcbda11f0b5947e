package io.ghlsync.ops;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code ghlsync.logging.format}: {@code text} (default) or {@code json}, one JSON object per line in Logstash's
 * field names, MDC included (correlation ids: Camel's {@code camel.exchangeId} and {@code camel.routeId}, the
 * inbox's {@code inboxGroupKey} and {@code eventKeys}). It selects Spring Boot's own structured console logging
 * ({@code logging.structured.format.console=logstash}); a value set for that property directly wins. Runs before
 * the logging system starts, which is why it is an environment post-processor and not a bean.
 */
class LogFormat implements EnvironmentPostProcessor {

    static final String PROPERTY = "ghlsync.logging.format";
    static final String STRUCTURED = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY, "text").trim().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text" -> { }
            case "json" -> {
                if (!StringUtils.hasText(environment.getProperty(STRUCTURED))) {
                    environment.getPropertySources().addFirst(new MapPropertySource("ghlsyncLogFormat",
                            Map.of(STRUCTURED, "logstash")));
                }
            }
            default -> throw new IllegalStateException(PROPERTY + "=" + format + " is not a log format: use text or json");
        }
    }
}
