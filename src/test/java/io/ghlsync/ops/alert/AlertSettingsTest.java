package io.ghlsync.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code ghlsync.alerts} is checked at startup, and its secrets never show in its text form. */
class AlertSettingsTest {

    @Configuration
    @EnableConfigurationProperties(AlertProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingConfiguredAlertsAreOnlyLogged() {
        context.run(started -> assertThat(started.getBean(AlertProperties.class).anyChannel()).isFalse());
    }

    @Test
    void anSmtpHostWithoutRecipientsStopsTheStartNamingTheProperty() {
        context.withPropertyValues("ghlsync.alerts.email.host=smtp.example.com").run(started ->
                assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("ghlsync.alerts.email.to"));
    }

    @Test
    void aSlackWebhookThatIsNoUrlStopsTheStartNamingTheProperty() {
        context.withPropertyValues("ghlsync.alerts.slack.webhook-url=hooks.slack.com/services/x").run(started ->
                assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("ghlsync.alerts.slack.webhook-url"));
    }

    @Test
    void theWebhookUrlAndThePasswordNeverShowInTheSettingsText() {
        context.withPropertyValues("ghlsync.alerts.slack.webhook-url=https://hooks.slack.com/services/T/B/s3cr3t",
                "ghlsync.alerts.email.host=smtp.example.com", "ghlsync.alerts.email.to=ops@example.com",
                "ghlsync.alerts.email.password=pa55word").run(started -> {
                    AlertProperties alerts = started.getBean(AlertProperties.class);
                    assertThat(alerts.anyChannel()).isTrue();
                    assertThat(alerts.toString()).doesNotContain("s3cr3t").doesNotContain("pa55word");
                });
    }
}
