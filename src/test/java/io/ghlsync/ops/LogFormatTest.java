package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** {@code ghlsync.logging.format} selects Spring Boot's structured (JSON) console logging, or leaves text alone. */
class LogFormatTest {

    @Test
    void jsonSelectsLogstashStructuredLogging() {
        MockEnvironment environment = new MockEnvironment().withProperty("ghlsync.logging.format", "json");

        new LogFormat().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void textLeavesTheConsoleAsItIs() {
        MockEnvironment environment = new MockEnvironment().withProperty("ghlsync.logging.format", "text");

        new LogFormat().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void aStructuredFormatSetDirectlyWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("ghlsync.logging.format", "json")
                .withProperty("logging.structured.format.console", "ecs");

        new LogFormat().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void anUnknownFormatStopsTheStartNamingTheProperty() {
        MockEnvironment environment = new MockEnvironment().withProperty("ghlsync.logging.format", "xml");

        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, null))
                .hasMessageContaining("ghlsync.logging.format=xml").hasMessageContaining("text or json");
    }
}
