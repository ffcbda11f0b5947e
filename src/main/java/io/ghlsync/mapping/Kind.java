package io.ghlsync.mapping;

import java.util.Locale;

/**
 * The kind of value a model field holds or a rule produces, as far as a template can know it
 * before any record arrives. Load-time type checks compare kinds; the values themselves are
 * checked again when written, because {@link #ANY} (JSONata results, untyped fields) defers the check.
 */
enum Kind {
    STRING, NUMBER, BOOLEAN, OBJECT, ARRAY,
    /** HighLevel's custom-field list: read as {@code [{id, value}]}, written as {@code [{id, field_value}]}. */
    CUSTOM_FIELDS,
    /** Not known until run time. */
    ANY,
    /** Several sources ({@code from: [a, b]}): only a combining transform takes them. */
    VALUES;

    static Kind parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether a field of this kind can take a value of kind {@code value} (text takes numbers and booleans as text). */
    boolean accepts(Kind value) {
        if (this == ANY || value == ANY || this == value) {
            return true;
        }
        return this == STRING && (value == NUMBER || value == BOOLEAN);
    }

    String label() {
        return switch (this) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case CUSTOM_FIELDS -> "a custom-field list";
            case ANY -> "any value";
            case VALUES -> "several values";
        };
    }
}
