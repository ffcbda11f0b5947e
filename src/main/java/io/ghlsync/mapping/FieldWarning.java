package io.ghlsync.mapping;

/** Something a rule could not do for one record that did not fail it (an optional phone that does not parse…). */
public record FieldWarning(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
