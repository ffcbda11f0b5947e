package io.ghlsync.mapping;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What mapping one record gave: the target's JSON, the warnings of fields that were left out or
 * defaulted, and the tag changes when the template has a {@code tags:} section.
 */
public record MappingResult(ObjectNode output, List<FieldWarning> warnings, TagChanges tagChanges) {

    public MappingResult {
        warnings = List.copyOf(warnings);
    }
}
