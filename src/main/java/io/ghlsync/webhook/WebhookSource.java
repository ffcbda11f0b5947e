package io.ghlsync.webhook;

import java.util.Arrays;
import java.util.Set;

/** The senders of webhooks, each with the event types this app takes in. */
enum WebhookSource {

    /**
     * HighLevel: the contact, note, task and appointment events of docs/api-research.md §1.8 (there is no
     * TaskUpdate), plus INSTALL/UNINSTALL. Those two go to the same webhook URL as every other Marketplace event
     * and an OAuth app needs them (a location token is created on INSTALL, deleted on UNINSTALL; §Update
     * 2026-11-24); HighLevel retries only on 429, so refusing them with 422 would lose them for good.
     */
    GHL("ghl", "HighLevel", Set.of("ContactCreate", "ContactUpdate", "ContactDelete", "ContactTagUpdate", "ContactDndUpdate",
            "NoteCreate", "NoteUpdate", "NoteDelete", "TaskCreate", "TaskComplete", "TaskDelete",
            "AppointmentCreate", "AppointmentUpdate", "AppointmentDelete", "INSTALL", "UNINSTALL")),

    /** PushPress customer events (docs/api-research.md §3); leads are customers with role "lead". */
    PUSHPRESS("pushpress", "PushPress", Set.of("customer.created", "customer.details.changed", "customer.status.changed",
            "customer.deleted")),

    /** The generic app's task and note events (docs/architecture.md "Generic app connector"). */
    APP("app", "app", Set.of("task.created", "task.updated", "task.completed", "task.deleted",
            "note.created", "note.updated", "note.deleted"));

    /** The {@code type} tag of an event type outside the known set (kept only when configured so). */
    static final String OTHER_TYPE = "other";

    private final String id;
    private final String sender;
    private final Set<String> eventTypes;

    WebhookSource(String id, String sender, Set<String> eventTypes) {
        this.id = id;
        this.sender = sender;
        this.eventTypes = eventTypes;
    }

    /** The name used in {@code inbox_event.source}, metrics and {@code direct:inbox-<source>}. */
    String id() {
        return id;
    }

    boolean knows(String eventType) {
        return eventTypes.contains(eventType);
    }

    /** The event type as a metric tag: itself when known, else {@value #OTHER_TYPE}. */
    String metricType(String eventType) {
        return knows(eventType) ? eventType : OTHER_TYPE;
    }

    static WebhookSource of(String id) {
        return Arrays.stream(values()).filter(source -> source.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no webhook source '" + id + "'"));
    }

    /** Refuses (422) an event type outside the known set, unless {@code keepUnknown}. */
    void requireKnown(String eventType, boolean keepUnknown) {
        if (!knows(eventType) && !keepUnknown) {
            throw WebhookRejectedException.unknownType("unknown " + sender + " event type '" + eventType
                    + "'; known types: " + String.join(", ", eventTypes.stream().sorted().toList())
                    + " (ghlsync.webhooks.keep-unknown-types=true stores others too)");
        }
    }
}
