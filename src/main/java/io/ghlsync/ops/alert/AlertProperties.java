package io.ghlsync.ops.alert;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alerts ({@code ghlsync.alerts}), documented in application.yaml. With no channel configured, alerts are only
 * logged.
 *
 * @param window               at most one message per kind of alert in this time; what happens meanwhile is counted
 *                             into the next one
 * @param groupWait            how long the first incident of a quiet kind waits for others to join its message
 * @param checkInterval        how often the inbox backlog and HighLevel's 429s are looked at
 * @param rateLimitedThreshold more 429 answers from HighLevel than this within one window make an alert
 * @param slack                the Slack incoming webhook
 * @param email                the SMTP server and recipients
 */
@Validated
@ConfigurationProperties("ghlsync.alerts")
public record AlertProperties(@DefaultValue("5m") @NotNull Duration window,
                              @DefaultValue("30s") @NotNull Duration groupWait,
                              @DefaultValue("30s") @NotNull Duration checkInterval,
                              @DefaultValue("20") @Min(0) int rateLimitedThreshold,
                              @DefaultValue @NotNull @Valid Slack slack,
                              @DefaultValue @NotNull @Valid Email email) {

    @AssertTrue(message = "ghlsync.alerts: window, group-wait and check-interval must be positive")
    boolean isTimingSensible() {
        return positive(window) && !groupWait.isNegative() && positive(checkInterval);
    }

    boolean anyChannel() {
        return slack.active() || email.active();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /**
     * @param enabled    switches the channel off without forgetting its settings
     * @param webhookUrl the incoming webhook's URL, a secret: from {@code GHLSYNC_ALERTS_SLACK_WEBHOOK_URL}
     * @param channel    sent along; incoming webhooks of Slack apps post to the channel they were created for and
     *                   ignore it, legacy webhooks honour it
     */
    public record Slack(@DefaultValue("true") boolean enabled, @DefaultValue("") String webhookUrl,
                        @DefaultValue("#ghl-sync") @NotBlank String channel) {

        boolean active() {
            return enabled && !webhookUrl.isBlank();
        }

        @AssertTrue(message = "ghlsync.alerts.slack.webhook-url must be an http(s) URL")
        boolean isWebhookUrlValid() {
            if (webhookUrl.isBlank()) {
                return true;
            }
            try {
                URI url = URI.create(webhookUrl.trim());
                return ("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "Slack[enabled=" + enabled + ", webhookUrl=" + (webhookUrl.isBlank() ? "" : "(set)")
                    + ", channel=" + channel + "]";
        }
    }

    /**
     * @param enabled  switches the channel off without forgetting its settings
     * @param host     the SMTP server; empty: no e-mail
     * @param port     its port (587 submission with STARTTLS, 465 with {@code ssl}, 25 plain)
     * @param username login, when the server asks for one
     * @param password its password, a secret: from {@code GHLSYNC_ALERTS_EMAIL_PASSWORD}
     * @param from     the sender address
     * @param to       the recipients
     * @param starttls upgrade the connection with STARTTLS when the server offers it
     * @param ssl      connect with TLS from the start (SMTPS)
     */
    public record Email(@DefaultValue("true") boolean enabled, @DefaultValue("") String host,
                        @DefaultValue("587") @Min(1) @Max(65535) int port, @DefaultValue("") String username,
                        @DefaultValue("") String password, @DefaultValue("ghl-sync@localhost") @NotBlank String from,
                        @DefaultValue List<String> to, @DefaultValue("true") boolean starttls,
                        @DefaultValue("false") boolean ssl) {

        boolean active() {
            return enabled && !host.isBlank();
        }

        @AssertTrue(message = "ghlsync.alerts.email.to names nobody: list the recipients, or leave host empty")
        boolean isAddressed() {
            return host.isBlank() || to.stream().anyMatch(address -> !address.isBlank());
        }

        @Override
        public String toString() {
            return "Email[enabled=" + enabled + ", host=" + host + ", port=" + port + ", username=" + username
                    + ", password=" + (password.isBlank() ? "" : "(set)") + ", from=" + from + ", to=" + to
                    + ", starttls=" + starttls + ", ssl=" + ssl + "]";
        }
    }
}
