package io.ghlsync;

/**
 * Implemented by errors that retrying cannot cure: bad input, a refusal by the other side, missing
 * configuration or scope. Flows send such a failure to the dead-letter store at once instead of
 * redelivering it (the connectors have already retried what was worth retrying). An error whose
 * permanence depends on its details (an HTTP status) overrides {@link #permanent()}.
 */
public interface PermanentFailure {

    default boolean permanent() {
        return true;
    }
}
