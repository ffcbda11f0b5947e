package io.ghlsync.sandbox.push;

import java.time.Instant;

/**
 * One notification the Push simulator accepted, as listed by {@code GET /sandbox/push/_sim/notifications}.
 *
 * @param seq        position in the list
 * @param receivedAt server time it was accepted
 * @param endpoint   {@code notify}, {@code notify-async} or {@code group}
 * @param groupId    the device group for {@code group}, else null
 * @param channel    the channel (Push's default {@code feed} when none was given)
 */
public record PushedNotification(long seq, Instant receivedAt, String endpoint, String groupId, String channel,
        String title, String body, String link, String image, String sound, boolean timeSensitive) {
}
