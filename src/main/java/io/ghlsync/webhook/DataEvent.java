package io.ghlsync.webhook;

/**
 * The shape PushPress and the generic app share: {@code {"event": "<object>.<change>", "data": {"id": …, …}}}.
 *
 * @param event  e.g. {@code customer.created}, {@code task.completed}
 * @param object what the event is about, the part of its name before the dot: {@code customer}, {@code task}
 * @param data   the object
 * @param id     the object's id
 */
record DataEvent(String event, String object, WebhookJson data, String id) {

    /** Refuses (422) a missing or unknown {@code event}, a missing {@code data} or {@code data.id}. */
    static DataEvent read(WebhookJson json, WebhookSource source, boolean keepUnknownTypes) {
        String event = json.text("event", NewInboxEvent.MAX_TYPE);
        source.requireKnown(event, keepUnknownTypes);
        WebhookJson data = json.object("data");
        int dot = event.indexOf('.');
        return new DataEvent(event, dot < 0 ? event : event.substring(0, dot), data,
                data.text("id", NewInboxEvent.MAX_ID));
    }
}
