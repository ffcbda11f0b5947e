package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import io.ghlsync.SyncAppTest;

/**
 * The route configuration {@code webhook-intake} turns failures the refusals do not cover into answers: a database
 * that cannot take the event now is a 429 with Retry-After (what HighLevel retries), anything else a bare 500.
 * Exercised on a route of its own that fails the way the intake's store step would.
 */
@SyncAppTest
class WebhookIntakeErrorsTest {

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @BeforeEach
    void addFailingIntake() throws Exception {
        if (camel.getRoute("failing-intake") != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:failing-intake").routeId("failing-intake").routeConfigurationId("webhook-intake")
                        .setProperty(WebhookAnswer.SOURCE, constant("ghl"))
                        .process(exchange -> {
                            throw exchange.getMessage().getBody(RuntimeException.class);
                        });
            }
        });
    }

    @Test
    void aDatabaseThatCannotTakeTheEventAnswers429WithRetryAfter() {
        Exchange answer = producer.send("direct:failing-intake",
                exchange -> exchange.getMessage().setBody(new CannotGetJdbcConnectionException("connection refused")));

        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(429);
        assertThat(answer.getMessage().getHeader("Retry-After")).isEqualTo(30L);
        assertThat(answer.getMessage().getBody(String.class))
                .contains("the inbox is unavailable right now; nothing was stored, retry later")
                .doesNotContain("connection refused");
    }

    @Test
    void anUnexpectedFailureAnswers500WithoutItsDetails() {
        Exchange answer = producer.send("direct:failing-intake",
                exchange -> exchange.getMessage().setBody(new IllegalStateException("secret internals")));

        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
        assertThat(answer.getMessage().getBody(String.class)).contains("\"status\":500").doesNotContain("secret internals");
    }
}
