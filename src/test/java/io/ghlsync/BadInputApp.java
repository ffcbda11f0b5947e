package io.ghlsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application as {@link SyncAppTest} starts it, for jqwik properties (issue 8): jqwik runs on its own engine,
 * which Spring's JUnit extension does not reach, so a property class starts one of these in
 * {@code @BeforeContainer} and closes it in {@code @AfterContainer}.
 * <p>{@link #answers} is what every bad request must satisfy: never a 5xx, never a configured secret in the
 * answer, and a refusal (4xx) answered with a JSON message and with no row written.
 */
public final class BadInputApp implements AutoCloseable {

    /** Every table a request could write to; Quartz's own tables are the scheduler's business. */
    private static final List<String> TABLES = List.of("inbox_event", "camel_messageprocessed", "poll_watermark",
            "contact_state", "sync_link", "dead_letter", "oauth_token", "oauth_state");

    /** Settings holding credentials or signing secrets (application.yaml, application-test.yaml). */
    private static final List<String> SECRET_SETTINGS = List.of("ghlsync.admin.token", "ghlsync.sandbox.token",
            "ghlsync.sandbox.ghl.oauth.client-secret", "ghlsync.pushpress.simulator.api-key",
            "ghlsync.pushpress.simulator.webhooks.secret", "ghlsync.push.simulator.api-key",
            "ghlsync.app.simulator.auth-value", "ghlsync.app.simulator.webhooks.secret",
            "ghlsync.webhooks.pushpress.sandbox-signing-secret", "ghlsync.webhooks.app.sandbox-signing-secret");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final List<String> secrets;

    private BadInputApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        Environment environment = context.getEnvironment();
        this.secrets = SECRET_SETTINGS.stream()
                .map(setting -> environment.getRequiredProperty(setting).replaceFirst("^Bearer ", ""))
                .toList();
    }

    public static BadInputApp start() {
        return new BadInputApp(new SpringApplicationBuilder(GhlSyncApplication.class)
                .profiles("test")
                .properties("spring.config.location=classpath:/", "server.port=0")
                .run());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Sends a request and checks what holds for any input: no 5xx, no secret, and for a refusal a JSON
     * {@code message} and an unchanged row count in every table. Callers assert which status they expect.
     */
    public HttpResponse<String> answers(Supplier<HttpResponse<String>> request) {
        Map<String, Integer> before = rowCounts();
        HttpResponse<String> response = request.get();
        String body = response.body();
        assertThat(response.statusCode()).as("status of %s, answered %s", response.uri(), body).isLessThan(500);
        assertThat(secrets).as("secrets in the answer to %s: %s", response.uri(), body)
                .noneMatch(secret -> body.contains(secret) || response.headers().map().toString().contains(secret));
        if (response.statusCode() >= 400) {
            assertThat(message(response)).as("message of the %s answer to %s: %s", response.statusCode(),
                    response.uri(), body).isNotBlank();
            assertThat(rowCounts()).as("rows after the refused %s", response.uri()).isEqualTo(before);
        }
        return response;
    }

    /** The {@code message} of a JSON {@code {"status", "error", "message"}} answer; empty when there is none. */
    public static String message(HttpResponse<String> response) {
        try {
            JsonNode message = JSON.readTree(response.body()).path("message");
            return message.isTextual() ? message.textValue() : "";
        } catch (JsonProcessingException notJson) {
            return "";
        }
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class)));
        return counts;
    }

    @Override
    public void close() {
        context.close();
    }
}
