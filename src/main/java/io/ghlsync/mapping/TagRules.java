package io.ghlsync.mapping;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A template's {@code tags:} section: tags to add and tags to remove, each fixed, conditional
 * ({@code when:}) or computed from the record ({@code from:} + {@code transform:}, e.g. a reverse
 * lookup of a membership status). A tag both added and removed is added: a remove list can name
 * every status tag while the add list sets the current one.
 */
final class TagRules {

    private final String tagsField;
    private final List<RuleCase> add;
    private final List<RuleCase> remove;

    TagRules(String tagsField, List<RuleCase> add, List<RuleCase> remove) {
        this.tagsField = tagsField;
        this.add = List.copyOf(add);
        this.remove = List.copyOf(remove);
    }

    TagChanges apply(RecordContext record, ObjectNode output, List<FieldWarning> warnings) {
        Set<String> added = collect(add, record, warnings);
        Set<String> removed = collect(remove, record, warnings);
        removed.removeIf(tag -> added.stream().anyMatch(tag::equalsIgnoreCase));
        if (!added.isEmpty()) {
            ArrayNode tags = output.putArray(tagsField);
            added.forEach(tags::add);
        }
        return new TagChanges(List.copyOf(added), List.copyOf(removed));
    }

    private Set<String> collect(List<RuleCase> entries, RecordContext record, List<FieldWarning> warnings) {
        Set<String> tags = new LinkedHashSet<>();
        for (RuleCase entry : entries) {
            try {
                if (!entry.when().test(record)) {
                    continue;
                }
                JsonNode value = entry.produce(record);
                if (value.isArray()) {
                    value.forEach(item -> addTag(tags, item));
                } else {
                    addTag(tags, value);
                }
            } catch (ValueProblem e) {
                warnings.add(new FieldWarning(tagsField, e.getMessage() + "; tag left out"));
            }
        }
        return tags;
    }

    private static void addTag(Set<String> tags, JsonNode value) {
        if (!Values.isAbsent(value) && value.isValueNode()) {
            String tag = value.asText().strip();
            if (tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                tags.add(tag);
            }
        }
    }
}
