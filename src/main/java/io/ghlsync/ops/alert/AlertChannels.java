package io.ghlsync.ops.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.slack.SlackEndpoint;
import org.apache.camel.model.ProcessorDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * The alert channels, through Camel's own components: {@code slack:} posting to an incoming webhook, and
 * {@code smtp:}/{@code smtps:} mail. Route {@code ops-alerts} hands each {@link Alert} (sent asynchronously by the
 * {@link AlertDesk}, so that nothing waits on Slack or a mail server) to every configured channel; a channel that
 * fails after two retries is logged and skipped, and never stops the other. The webhook URL and the SMTP password
 * are set on the endpoints, never written into an endpoint URI, so they cannot appear where Camel prints URIs.
 */
@Component
@ConditionalOnSync
class AlertChannels extends RouteBuilder {

    static final String ENDPOINT = "direct:ops-alerts";
    private static final Logger log = LoggerFactory.getLogger(AlertChannels.class);

    private final AlertProperties properties;

    AlertChannels(AlertProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        List<String> channels = new ArrayList<>();
        if (properties.slack().active()) {
            channels.add(slack(properties.slack()));
        }
        if (properties.email().active()) {
            channels.add(email(properties.email()));
        }
        log.info("Alerts go to: {}", channels.isEmpty() ? "the log only (no channel configured in ghlsync.alerts)"
                : "the log and " + String.join(", ", channels.stream().map(uri -> uri.substring(uri.lastIndexOf('-') + 1))
                        .toList()));
        if (channels.isEmpty()) {
            return;
        }
        from(ENDPOINT).routeId("ops-alerts")
                .description("Hands each alert to every configured channel (Slack, e-mail)")
                // Camel 4.17's Slack producer records a non-2xx answer only after it completed the exchange
                // (CAMEL-23627, fixed in 4.18), past the Slack route's own handler: it surfaces here instead.
                .onException(Exception.class).handled(true).logExhausted(false)
                    .log(LoggingLevel.WARN, log, "An alert channel did not take the alert: "
                            + "${exception.class.simpleName}: ${exception.message}")
                .end()
                .multicast().to(channels.toArray(String[]::new));
    }

    private String slack(AlertProperties.Slack slack) {
        SlackEndpoint endpoint = getContext().getEndpoint("slack:" + slack.channel(), SlackEndpoint.class);
        endpoint.setWebhookUrl(slack.webhookUrl().trim());
        channel("slack", "Posts an alert to the Slack incoming webhook", "Slack")
                .setBody(exchange -> exchange.getMessage().getBody(Alert.class).slackText())
                .to(endpoint);
        return uri("slack");
    }

    private String email(AlertProperties.Email email) {
        MailEndpoint endpoint = getContext().getEndpoint((email.ssl() ? "smtps://" : "smtp://") + email.host() + ":"
                + email.port(), MailEndpoint.class);
        MailConfiguration mail = endpoint.getConfiguration();
        if (!email.username().isBlank()) {
            mail.setUsername(email.username());
            mail.setPassword(email.password());
        }
        mail.setFrom(email.from());
        mail.setTo(String.join(",", email.to()));
        Properties starttls = new Properties();
        starttls.setProperty("mail.smtp.starttls.enable", Boolean.toString(email.starttls()));
        mail.setAdditionalJavaMailProperties(starttls);
        channel("email", "Mails an alert to ghlsync.alerts.email.to", "The mail server")
                .process(exchange -> {
                    Alert alert = exchange.getMessage().getBody(Alert.class);
                    exchange.getMessage().removeHeaders("*"); // every header would become a mail header
                    exchange.getMessage().setHeader("Subject", alert.subject());
                    exchange.getMessage().setBody(alert.text());
                })
                .to(endpoint);
        return uri("email");
    }

    private static String uri(String channel) {
        return "direct:ops-alert-" + channel;
    }

    /** Route {@code ops-alert-<name>}: tries twice more a second apart, then logs the failure and gives up. */
    private ProcessorDefinition<?> channel(String name, String description, String who) {
        return from(uri(name)).routeId("ops-alert-" + name).description(description)
                .onException(Exception.class).maximumRedeliveries(2).redeliveryDelay(1000).handled(true)
                    .logExhausted(false)
                    .log(LoggingLevel.WARN, log, who + " did not take the alert: ${exception.class.simpleName}: "
                            + "${exception.message}")
                .end();
    }
}
