package io.ghlsync.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.InboxEventFailed;

/**
 * The inbox's own dead letters in the dead-letter store. An inbox event that failed every delivery (FAILED in
 * {@code inbox_event}, before any flow saw it, e.g. because enrichment could not read the contact) becomes one
 * dead-letter row of flow {@code inbox-<source>}, keyed by its event key, so the API and the dashboard list it with
 * the flows' failures. Its replay goes to {@value #ENDPOINT}, which hands the event back to the inbox as NEW: the
 * claim loop then delivers it through the usual path (group ordering, dedup, DONE), so replaying twice is safe. If
 * that delivery fails again, the inbox marks it FAILED again and the same row is reopened with its history.
 */
@Component
@ConditionalOnSync
class InboxDeadLetters extends RouteBuilder {

    static final String ENDPOINT = "direct:inbox-retry";
    static final String INBOX_EVENT_ID = "inboxEventId";
    private static final Pattern OBJECT = Pattern.compile(":(contact|customer):([^:]+)$");

    private final DeadLetterStore deadLetters;
    private final Inbox inbox;
    private final ObjectMapper json;

    InboxDeadLetters(DeadLetterStore deadLetters, Inbox inbox, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.json = json;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("inbox-retry")
                .description("Replays an inbox dead letter: the FAILED inbox event goes back to NEW")
                .process(exchange -> inbox.retryFailed(exchange.getMessage().getHeader(INBOX_EVENT_ID, Long.class)));
    }

    @EventListener
    void failed(InboxEventFailed event) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(INBOX_EVENT_ID, event.inboxEventId());
        headers.put("eventType", event.eventType());
        headers.put("inboxGroupKey", event.groupKey());
        if (event.locationId() != null) {
            headers.put("locationId", event.locationId());
        }
        Matcher object = OBJECT.matcher(event.groupKey());
        boolean named = object.find();
        deadLetters.recordElsewhere(new FailedExchange("inbox-" + event.source(), ENDPOINT, event.locationId(),
                named ? object.group(1) : null, named ? object.group(2) : null, event.eventKey(), payload(event),
                headers, event.errorType(), event.errorMessage(), event.attempts()));
    }

    private Object payload(InboxEventFailed event) {
        try {
            return json.readTree(event.payload());
        } catch (JsonProcessingException notJson) {
            return event.payload(); // stored as received; the inbox only takes JSON, so this is a safeguard
        }
    }
}
