package io.ghlsync.ops;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.PermanentFailure;

/**
 * Error handling declared once for every flow: a flow route opts in with
 * {@code routeConfigurationId: flow-errors}. A failure that retrying cannot cure goes to the
 * dead-letter store at once; any other failure is redelivered a few times with growing delays (the
 * connectors have already retried the HTTP call itself) and then stored. Either way the exchange is
 * handled: one record's failure never stops the flow for the others, and the inbox event that fed it
 * counts as delivered, because its failure now sits in the dead-letter store with its payload.
 */
@Component
@ConditionalOnSync
class FlowErrorHandling extends RouteConfigurationBuilder {

    static final String ID = "flow-errors";
    /** Exchange property: attempts made so far (Camel drops its redelivery headers once it gives up). */
    static final String ATTEMPTS = "ghlsync.attempts";

    private final FlowErrorProperties properties;

    FlowErrorHandling(FlowErrorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .retryWhile(this::worthRetrying)
                    .redeliveryDelay(properties.redeliveryDelay().toMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(2)
                    .retryAttemptedLogLevel(LoggingLevel.DEBUG)
                    .handled(true)
                    .logExhausted(false)
                    .log(LoggingLevel.WARN, "io.ghlsync.flows", "Flow ${routeId} could not deliver ${header.eventKey}"
                            + " (${header.objectType} ${header.objectId}): ${exception.class.simpleName}:"
                            + " ${exception.message}; stored as a dead letter")
                    .bean("deadLetters", "record")
                .end();
    }

    /**
     * Redeliver while redeliveries are left, unless the failure is one retrying cannot cure. Camel asks
     * after each failed attempt, its counter already standing at the number of attempts made.
     */
    private boolean worthRetrying(Exchange exchange) {
        Integer counter = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        int attempts = counter == null ? 1 : counter;
        exchange.setProperty(ATTEMPTS, attempts);
        return attempts <= properties.redeliveries()
                && !isPermanent(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
    }

    static boolean isPermanent(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PermanentFailure failure) {
                return failure.permanent();
            }
        }
        return false;
    }
}
