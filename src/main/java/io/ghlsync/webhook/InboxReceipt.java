package io.ghlsync.webhook;

/**
 * What the inbox did with an event.
 *
 * @param event     the event offered
 * @param duplicate true when an event with the same source and key was already there (nothing was added)
 */
public record InboxReceipt(NewInboxEvent event, boolean duplicate) {
}
