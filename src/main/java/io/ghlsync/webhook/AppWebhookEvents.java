package io.ghlsync.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Body;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code appWebhookEvents}: reads a verified generic-app webhook,
 * {@code {"id", "event", "occurredAt", "data"}} (docs/architecture.md "Generic app connector"), into an inbox event.
 * <ul>
 * <li>event key: the delivery {@code id}, else a hash of the body ({@link ContentKey});</li>
 * <li>group: the customer the task or note belongs to, {@code app:customer:<customerId>}, so that a customer's
 * tasks and notes are applied in order; else the object itself;</li>
 * <li>event time: {@code occurredAt}, else {@code data.updatedAt}, else the time of receipt.</li>
 * </ul>
 */
@Component("appWebhookEvents")
@ConditionalOnSync
class AppWebhookEvents {

    private static final int MAX_ID = 100;

    private final boolean keepUnknownTypes;
    private final Clock clock = Clock.systemUTC();

    AppWebhookEvents(WebhookProperties properties) {
        this.keepUnknownTypes = properties.keepUnknownTypes();
    }

    /** Refuses missing or ill-formed fields and unknown events (422). */
    public NewInboxEvent parse(@Body byte[] body) {
        WebhookJson json = WebhookJson.parse(body);
        String event = json.text("event", NewInboxEvent.MAX_TYPE);
        WebhookSource.APP.requireKnown(event, keepUnknownTypes);
        WebhookJson object = json.object("data");
        String objectId = object.text("id", MAX_ID);
        String eventKey = json.optionalText("id", NewInboxEvent.MAX_KEY).orElseGet(() -> ContentKey.of(body));
        Instant eventTime = json.optionalInstant("occurredAt")
                .or(() -> object.optionalInstant("updatedAt")).orElseGet(clock::instant);
        String groupKey = object.optionalText("customerId", MAX_ID).map(customer -> "app:customer:" + customer)
                .orElseGet(() -> "app:" + WebhookSource.objectOf(event) + ":" + objectId);
        return new NewInboxEvent(WebhookSource.APP.id(), eventKey, event, null, groupKey, eventTime,
                new String(body, StandardCharsets.UTF_8));
    }
}
