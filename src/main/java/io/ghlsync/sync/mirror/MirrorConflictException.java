package io.ghlsync.sync.mirror;

import io.ghlsync.PermanentFailure;

/**
 * Linking would join an object to a second partner (e.g. a PushPress customer already linked to another HighLevel
 * contact with the same email): a person must decide, so the record goes to the dead letters at once.
 */
public class MirrorConflictException extends RuntimeException implements PermanentFailure {

    public MirrorConflictException(String message) {
        super(message);
    }
}
