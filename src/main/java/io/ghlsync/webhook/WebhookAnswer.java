package io.ghlsync.webhook;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code webhookAnswer}: the HTTP answers of the intake routes, counted into {@link IntakeMetrics}. Each
 * answer replaces every header on the message, so nothing a caller sent is echoed back. The routes name their
 * source in the exchange property {@value #SOURCE}.
 */
@Component("webhookAnswer")
@ConditionalOnSync
class WebhookAnswer {

    /** Exchange property naming the intake route's source: {@code ghl}, {@code pushpress} or {@code app}. */
    static final String SOURCE = "webhookSource";

    private static final Logger log = LoggerFactory.getLogger(WebhookAnswer.class);
    private static final String ACCEPTED = "{\"status\":\"accepted\"}";
    private static final String DUPLICATE = "{\"status\":\"duplicate\"}";

    private final IntakeMetrics metrics;
    private final Duration retryAfter;

    WebhookAnswer(IntakeMetrics metrics, InboxProperties inbox) {
        this.metrics = metrics;
        this.retryAfter = inbox.retryAfter();
    }

    /** 200 after the event was stored, or found already stored (a sender's retry). */
    public void stored(Exchange exchange) {
        InboxReceipt receipt = exchange.getMessage().getBody(InboxReceipt.class);
        WebhookSource source = source(exchange);
        String type = source.metricType(receipt.event().eventType());
        if (receipt.duplicate()) {
            metrics.duplicate(source.id(), type);
        } else {
            metrics.accepted(source.id(), type);
        }
        answer(exchange.getMessage(), 200, receipt.duplicate() ? DUPLICATE : ACCEPTED);
    }

    /** The 4xx of a {@link WebhookRejectedException}, with Retry-After on a 429. */
    public void rejected(Exchange exchange) {
        WebhookRejectedException rejection = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                WebhookRejectedException.class);
        metrics.rejected(source(exchange).id(), rejection.reason());
        log.debug("Refused a {} webhook ({}): {}", source(exchange).id(), rejection.status(), rejection.getMessage());
        Message message = exchange.getMessage();
        answer(message, rejection.status(), errorJson(rejection.status(), rejection.getMessage()));
        rejection.retryAfter().ifPresent(wait -> message.setHeader("Retry-After", retryAfterSeconds(wait)));
    }

    /**
     * 429 when the database cannot take the event right now (connection lost, timeout): nothing was stored,
     * and 429 is the one status HighLevel retries (docs/api-research.md §1.8).
     */
    public void unavailable(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        metrics.rejected(source(exchange).id(), "unavailable");
        log.warn("Refused a {} webhook with 429: the inbox database is unavailable: {}", source(exchange).id(),
                cause.getMessage());
        Message message = exchange.getMessage();
        answer(message, 429, errorJson(429, "the inbox is unavailable right now; nothing was stored, retry later"));
        message.setHeader("Retry-After", retryAfterSeconds(retryAfter));
    }

    /** 500 for anything unexpected, without details (they go to the log). */
    public void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        metrics.rejected(source(exchange).id(), "error");
        log.error("A {} webhook failed unexpectedly; nothing was stored", source(exchange).id(), cause);
        answer(exchange.getMessage(), 500, errorJson(500, "the event could not be taken in; nothing was stored"));
    }

    /** {@code {"status":…,"error":…,"message":…}}, the body of every refusal. */
    static String errorJson(int status, String message) {
        return JsonNodeFactory.instance.objectNode().put("status", status)
                .put("error", HttpStatus.valueOf(status).getReasonPhrase()).put("message", message).toString();
    }

    private static void answer(Message message, int status, String json) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(json);
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static WebhookSource source(Exchange exchange) {
        return WebhookSource.of(exchange.getProperty(SOURCE, String.class));
    }
}
