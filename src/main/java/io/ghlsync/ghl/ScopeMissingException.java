package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

import java.util.Set;
import java.util.TreeSet;

/** The location's token was not granted the scope an operation needs; nothing was sent. */
public class ScopeMissingException extends GhlException implements PermanentFailure {

    private final String missingScope;

    public ScopeMissingException(String operation, String locationId, String missingScope, Set<String> granted) {
        super(operation + " needs scope " + missingScope + ", but the token of location " + locationId
                + " was granted only " + new TreeSet<>(granted) + "; nothing was sent", operation, locationId, null);
        this.missingScope = missingScope;
    }

    public String missingScope() {
        return missingScope;
    }
}
