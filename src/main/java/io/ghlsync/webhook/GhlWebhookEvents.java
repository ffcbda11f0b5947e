package io.ghlsync.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Body;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code ghlWebhookEvents}: reads a verified HighLevel webhook into an inbox event. HighLevel payloads are flat
 * with the event name in {@code type}, plus the envelope fields {@code webhookId} and {@code timestamp}
 * (src/test/resources/ghl/webhook-events/*.md, WebhookAuthentication.md).
 * <ul>
 * <li>event key: {@code webhookId}, HighLevel's own dedup key;</li>
 * <li>group: the contact — contact events by {@code id}, note and task events by {@code contactId}, appointment
 * events by {@code appointment.contactId} — so that everything about one contact is applied in order;</li>
 * <li>event time: {@code timestamp}. Every event carries it and it is signed; {@code dateUpdated} is on few
 * payloads and would order a contact's notes and tasks on different clocks.</li>
 * </ul>
 */
@Component("ghlWebhookEvents")
@ConditionalOnSync
class GhlWebhookEvents {

    private final Duration replayWindow;
    private final boolean keepUnknownTypes;
    private final Clock clock = Clock.systemUTC();

    GhlWebhookEvents(WebhookProperties properties) {
        this.replayWindow = properties.replayWindow();
        this.keepUnknownTypes = properties.keepUnknownTypes();
    }

    /** Refuses missing or ill-formed fields (422), unknown types (422) and stale timestamps (401). */
    public NewInboxEvent parse(@Body byte[] body) {
        WebhookJson json = WebhookJson.parse(body);
        String type = json.text("type", NewInboxEvent.MAX_TYPE);
        WebhookSource.GHL.requireKnown(type, keepUnknownTypes);
        String webhookId = json.text("webhookId", NewInboxEvent.MAX_KEY);
        Instant timestamp = json.instant("timestamp");
        requireFresh(timestamp);
        boolean install = type.equals("INSTALL") || type.equals("UNINSTALL");
        String locationId = install ? json.optionalText("locationId", NewInboxEvent.MAX_LOCATION).orElse(null)
                : json.text("locationId", NewInboxEvent.MAX_LOCATION);
        String groupKey = install ? installGroup(json, locationId) : "ghl:" + locationId + ":" + subject(type, json);
        return new NewInboxEvent(WebhookSource.GHL.id(), webhookId, type, locationId, groupKey, timestamp,
                new String(body, StandardCharsets.UTF_8));
    }

    /** WebhookAuthentication.md §3: a timestamp outside the window, in either direction, is a replay. */
    private void requireFresh(Instant timestamp) {
        Duration age = Duration.between(timestamp, clock.instant());
        if (age.abs().compareTo(replayWindow) > 0) {
            String direction = age.isNegative() ? "ahead of" : "behind";
            throw WebhookRejectedException.stale("timestamp " + timestamp + " is " + direction + " this server's clock"
                    + " by more than the replay window of " + replayWindow.toSeconds() + " s (ghlsync.webhooks.replay-window)");
        }
    }

    /** What the event is about, as the tail of its group key: the contact when there is one. */
    private static String subject(String type, WebhookJson json) {
        if (type.startsWith("Contact")) {
            return "contact:" + json.text("id", NewInboxEvent.MAX_ID);
        }
        if (type.startsWith("Note") || type.startsWith("Task")) {
            Optional<String> contact = json.optionalText("contactId", NewInboxEvent.MAX_ID);
            String object = type.startsWith("Note") ? "note:" : "task:";
            return contact.map(id -> "contact:" + id).orElseGet(() -> object + json.text("id", NewInboxEvent.MAX_ID));
        }
        if (type.startsWith("Appointment")) {
            WebhookJson appointment = json.object("appointment");
            return appointment.optionalText("contactId", NewInboxEvent.MAX_ID).map(id -> "contact:" + id)
                    .orElseGet(() -> "appointment:" + appointment.text("id", NewInboxEvent.MAX_ID));
        }
        return "other"; // types kept by keep-unknown-types: no known subject, so one group per location
    }

    /** INSTALL/UNINSTALL name a location, or only the agency (companyId) for an agency-level install. */
    private static String installGroup(WebhookJson json, String locationId) {
        return locationId != null ? "ghl:" + locationId + ":app"
                : "ghl:company:" + json.text("companyId", NewInboxEvent.MAX_ID) + ":app";
    }
}
