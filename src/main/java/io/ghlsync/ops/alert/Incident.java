package io.ghlsync.ops.alert;

/**
 * Something worth an alert, as it happens. Incidents of one kind are grouped into one message per window.
 *
 * @param kind   what happened
 * @param key    what it happened to, for the message's breakdown: a flow, a location
 * @param count  how many occurrences this incident stands for
 * @param detail one line about it, with ids only: never a payload, a message that may quote one, or a secret
 */
record Incident(AlertKind kind, String key, long count, String detail) {
}
