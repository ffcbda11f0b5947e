package io.ghlsync.target;

import io.ghlsync.PermanentFailure;

/** Live mode, but a setting the call needs (a key, a base URL) is empty; names the property. */
public class TargetNotConfiguredException extends TargetException implements PermanentFailure {

    public TargetNotConfiguredException(String target, String operation, String property, String environmentVariable) {
        super(target, operation, property + " is not set (environment variable " + environmentVariable + ")", null);
    }
}
