package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

import java.util.List;

/** A {@code ghl:} endpoint or {@link GhlApi} call named an operation the catalog does not hold. */
public class UnknownOperationException extends GhlException implements PermanentFailure {

    public UnknownOperationException(String name, List<String> closest) {
        super("Unknown HighLevel operation '" + name + "'"
                + (closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?")
                + " (all operations: docs/operations.md)", name, null, null);
    }
}
