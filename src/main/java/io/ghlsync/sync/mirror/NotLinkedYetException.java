package io.ghlsync.sync.mirror;

/**
 * A task or note whose contact is not linked to the other side yet: it cannot be placed there now. Retried (the
 * contact's own flow usually links it moments later), then dead-lettered, from where a replay succeeds once the
 * contact is linked.
 */
public class NotLinkedYetException extends RuntimeException {

    public NotLinkedYetException(String message) {
        super(message);
    }
}
