package io.ghlsync.webhook;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Route {@code inbox-delivery}: hands one claimed group to {@code direct:inbox-<source>}, the contract with the
 * handlers (enrichment, flows):
 * <ul>
 * <li>body: {@code List<InboxEvent>}, the group's events in {@code eventTime} order, payloads parsed; events already
 * processed (per the idempotent repository) left out, so the list is never empty;</li>
 * <li>headers: {@value #SOURCE_HEADER}, {@value #GROUP_HEADER}, {@value #ATTEMPT_HEADER} (1 for a first delivery)
 * and, when the events name one, {@value #LOCATION_HEADER} — the header the {@code ghl:} component reads to
 * pick the location's token and rate budget;</li>
 * <li>returning normally means done; an exception means the whole group is delivered again later, with backoff,
 * up to {@code ghlsync.inbox.max-attempts}. A handler should let failures propagate rather than swallow them.</li>
 * </ul>
 * Camel's redelivery is off here: retries belong to the inbox, which survives restarts.
 */
@Component
@ConditionalOnSync
class InboxDelivery extends RouteBuilder {

    static final String ENDPOINT = "direct:deliver-inbox-group";
    static final String SOURCE_HEADER = "inboxSource";
    static final String GROUP_HEADER = "inboxGroupKey";
    static final String ATTEMPT_HEADER = "inboxAttempt";
    static final String LOCATION_HEADER = "locationId";

    @Override
    public void configure() {
        from(ENDPOINT).routeId("inbox-delivery")
                .description("Hands a claimed group of inbox events to direct:inbox-<source>, each event once")
                .errorHandler(noErrorHandler())
                .bean("inboxDedup", "skipProcessed")
                .filter(simple("${body.size()} > 0"))
                    .toD("direct:inbox-${header." + SOURCE_HEADER + "}")
                .end();
    }
}
