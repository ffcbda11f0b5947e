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

    private final boolean keepUnknownTypes;
    private final Clock clock = Clock.systemUTC();

    AppWebhookEvents(WebhookProperties properties) {
        this.keepUnknownTypes = properties.keepUnknownTypes();
    }

    /** Refuses missing or ill-formed fields and unknown events (422). */
    public NewInboxEvent parse(@Body byte[] body) {
        WebhookJson json = WebhookJson.parse(body);
        DataEvent event = DataEvent.read(json, WebhookSource.APP, keepUnknownTypes);
        String eventKey = json.optionalText("id", NewInboxEvent.MAX_KEY).orElseGet(() -> ContentKey.of(body));
        Instant eventTime = json.optionalInstant("occurredAt")
                .or(() -> event.data().optionalInstant("updatedAt")).orElseGet(clock::instant);
        String groupKey = event.data().optionalText("customerId", NewInboxEvent.MAX_ID)
                .map(customer -> "app:customer:" + customer)
                .orElseGet(() -> "app:" + event.object() + ":" + event.id());
        return new NewInboxEvent(WebhookSource.APP.id(), eventKey, event.event(), null, groupKey, eventTime,
                new String(body, StandardCharsets.UTF_8));
    }
}
