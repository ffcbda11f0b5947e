package io.ghlsync.target;

/** Live mode, but a setting the call needs (a key, a base URL) is empty; names the property. */
public class TargetNotConfiguredException extends TargetException {

    public TargetNotConfiguredException(String target, String operation, String property, String environmentVariable) {
        super(target, operation, property + " is not set (environment variable " + environmentVariable + ")", null);
    }
}
