package io.ghlsync.mapping;

/** A value a rule cannot turn into what the target needs (an unparseable phone, a date in no known format…). */
final class ValueProblem extends Exception {

    ValueProblem(String message) {
        super(message, null, false, false);
    }
}
