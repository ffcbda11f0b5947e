package io.ghlsync.mapping;

import java.util.Map;
import java.util.Optional;

/**
 * Who owns which field of a pair of templates (one per direction), as the templates' {@code owners:}
 * declare it. The mirror asks, for a field as named on the side being written, which side's value
 * always wins; fields nobody owns are last-writer-wins by update time.
 *
 * @param pair   the pair name the templates share ({@code contact}, {@code task}, {@code note})
 * @param bySide for each side (the system a template writes to), field → owning system
 */
public record FieldOwnership(String pair, Map<String, Map<String, String>> bySide) {

    public FieldOwnership {
        bySide = Map.copyOf(bySide);
    }

    /**
     * @param side  the system whose field it is, e.g. {@code pushpress}
     * @param field the field as that side names it, e.g. {@code name.first}
     * @return the owning system, e.g. {@code ghl}; empty when nobody owns it (last writer wins)
     */
    public Optional<String> ownerOf(String side, String field) {
        return Optional.ofNullable(bySide.getOrDefault(side, Map.of()).get(field));
    }
}
