package io.ghlsync.sandbox.ghl;

import java.util.List;

/**
 * One custom field of a location's catalog, as HighLevel's location custom-field settings describe it.
 *
 * @param id       what contacts carry in {@code customFields[].id}
 * @param key      the field key, e.g. {@code contact.membership_level}; writes may pass it (with or
 *                 without the {@code contact.} prefix) instead of the id
 * @param name     the label shown in HighLevel
 * @param dataType HighLevel's data type: {@code TEXT, LARGE_TEXT, SINGLE_OPTIONS, RADIO, NUMERICAL,
 *                 MONETORY, CHECKBOX, MULTIPLE_OPTIONS, FILE_UPLOAD}
 * @param options  the choices of option-typed fields, empty otherwise
 */
public record CustomFieldDefinition(String id, String key, String name, String dataType, List<String> options) {

    public CustomFieldDefinition {
        options = List.copyOf(options);
    }
}
