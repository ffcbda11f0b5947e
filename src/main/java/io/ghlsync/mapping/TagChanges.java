package io.ghlsync.mapping;

import java.util.List;

/**
 * The tags a template adds and removes. HighLevel's upsert overwrites all of a contact's tags
 * (contacts.json UpsertContactDto.tags; the spec recommends the add/remove tag endpoints), so a flow
 * that must keep tags it does not manage applies these with {@code POST}/{@code DELETE
 * /contacts/{id}/tags} instead of sending the body's {@code tags}.
 */
public record TagChanges(List<String> add, List<String> remove) {

    public static final TagChanges NONE = new TagChanges(List.of(), List.of());

    public TagChanges {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }
}
