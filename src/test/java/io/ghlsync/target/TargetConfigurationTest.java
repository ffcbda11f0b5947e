package io.ghlsync.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.target.app.AppProperties;
import io.ghlsync.target.pushpress.PushPressProperties;

/** A bad target setting stops startup with a message that names the property. */
class TargetConfigurationTest {

    @Configuration
    @EnableConfigurationProperties({AppProperties.class, PushPressProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreValid() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(PushPressProperties.class).updateCustomer()).isEqualTo("PATCH /customers/{uuid}");
            assertThat(started.getBean(AppProperties.class).tasks().complete()).isEqualTo("POST /tasks/{id}/complete");
        });
    }

    @Test
    void anAppActionWithoutItsPlaceholderStopsStartupNamingTheProperty() {
        context.withPropertyValues("ghlsync.app.tasks.update=PUT /tasks").run(started ->
                assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("ghlsync.app.tasks.update = \"PUT /tasks\": path must contain {id}"));
    }

    @Test
    void aPushPressUpdateActionWithAWrongMethodStopsStartup() {
        context.withPropertyValues("ghlsync.pushpress.update-customer=MODIFY /customers/{uuid}").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining("ghlsync.pushpress.update-customer"));
    }

    @Test
    void aBackoffShorterAtItsMaximumThanAtItsStartStopsStartup() {
        context.withPropertyValues("ghlsync.pushpress.http.initial-backoff=5s", "ghlsync.pushpress.http.max-backoff=1s")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("http.max-backoff (PT1S) must not be shorter than http.initial-backoff"));
    }

    @Test
    void zeroAttemptsStopsStartupNamingTheProperty() {
        context.withPropertyValues("ghlsync.app.http.max-attempts=0").run(started ->
                assertThat(started).getFailure().hasStackTraceContaining("ghlsync.app.http.maxAttempts"));
    }
}
