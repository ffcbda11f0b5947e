package io.ghlsync.target;

import io.ghlsync.PermanentFailure;

/**
 * The target does not offer this operation: it is switched off in configuration (an empty path),
 * or the server answered 405, or 404 for a path while the record it names exists. Typical for
 * PushPress customer update/delete, which its published API does not have (docs/targets.md).
 * Never retried and never ignored: the flow that needed it must be reconfigured.
 */
public class TargetUnsupportedOperationException extends TargetException implements PermanentFailure {

    public TargetUnsupportedOperationException(String target, String operation, String explanation) {
        super(target, operation, explanation, null);
    }
}
