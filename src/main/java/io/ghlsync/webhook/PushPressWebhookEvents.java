package io.ghlsync.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Body;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code pushpressWebhookEvents}: reads a verified PushPress webhook, {@code {"event", "created", "data"}}
 * (docs/api-research.md §3), into an inbox event.
 * <ul>
 * <li>event key: PushPress sends no delivery id, so a hash of the body ({@link ContentKey});</li>
 * <li>group: the customer, {@code pushpress:<companyId>:customer:<id>} (the object an event is about is the
 * part of its name before the dot);</li>
 * <li>event time: {@code created} (unix seconds), else the time of receipt.</li>
 * </ul>
 * There is no replay window: {@code created} is not covered by the signature, so checking it would stop no replay,
 * while a replayed body is a duplicate anyway.
 */
@Component("pushpressWebhookEvents")
@ConditionalOnSync
class PushPressWebhookEvents {

    private final boolean keepUnknownTypes;
    private final Clock clock = Clock.systemUTC();

    PushPressWebhookEvents(WebhookProperties properties) {
        this.keepUnknownTypes = properties.keepUnknownTypes();
    }

    /** Refuses missing or ill-formed fields and unknown events (422). */
    public NewInboxEvent parse(@Body byte[] body) {
        WebhookJson json = WebhookJson.parse(body);
        DataEvent event = DataEvent.read(json, WebhookSource.PUSHPRESS, keepUnknownTypes);
        Optional<String> companyId = event.data().optionalText("companyId", NewInboxEvent.MAX_ID);
        Instant eventTime = json.optionalEpochSeconds("created").orElseGet(clock::instant);
        String groupKey = "pushpress:" + companyId.map(id -> id + ":").orElse("") + event.object() + ":" + event.id();
        return new NewInboxEvent(WebhookSource.PUSHPRESS.id(), ContentKey.of(body), event.event(), null, groupKey,
                eventTime, new String(body, StandardCharsets.UTF_8));
    }
}
