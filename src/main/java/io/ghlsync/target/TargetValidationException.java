package io.ghlsync.target;

import io.ghlsync.PermanentFailure;

/** The request was refused before sending: a field is missing or has a value the target forbids. */
public class TargetValidationException extends TargetException implements PermanentFailure {

    private final String field;

    public TargetValidationException(String target, String operation, String field, String problem) {
        super(target, operation, "field '" + field + "' " + problem, null);
        this.field = field;
    }

    /** The offending field, as named in the target's API. */
    public String field() {
        return field;
    }
}
