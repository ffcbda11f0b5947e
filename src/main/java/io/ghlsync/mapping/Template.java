package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A compiled, validated template: maps one record of its source model to its target model.
 * Immutable and free of per-record state, so one instance serves every thread, and a hot reload
 * swaps whole instances.
 */
final class Template {

    private final String id;
    private final Model source;
    private final Model target;
    private final List<FieldRule> rules;
    private final TagRules tags;
    private final List<String> requiredFields;
    private final String pair;
    private final Map<String, String> owners;

    Template(String id, Model source, Model target, List<FieldRule> rules, TagRules tags, List<String> requiredFields,
            String pair, Map<String, String> owners) {
        this.id = id;
        this.source = source;
        this.target = target;
        this.rules = List.copyOf(rules);
        this.tags = tags;
        this.requiredFields = List.copyOf(requiredFields);
        this.pair = pair;
        this.owners = Map.copyOf(owners);
    }

    /** {@code <customer>/<name>}. */
    String id() {
        return id;
    }

    Model source() {
        return source;
    }

    Model target() {
        return target;
    }

    List<FieldRule> rules() {
        return rules;
    }

    /** The pair name shared with the template of the other direction, or null. */
    String pair() {
        return pair;
    }

    /** Target field → the system that owns it; fields not listed are last-writer-wins. */
    Map<String, String> owners() {
        return owners;
    }

    /**
     * @throws MappingException when the record is not an object or a required field has no usable value
     */
    MappingResult map(JsonNode record, String locationId) {
        if (record == null || !record.isObject()) {
            throw new MappingException(id, "(record)", "the source record must be a JSON object");
        }
        RecordContext context = new RecordContext(record, locationId);
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        List<FieldWarning> warnings = new ArrayList<>(2);
        for (FieldRule rule : rules) {
            rule.apply(context, output, warnings, id);
        }
        TagChanges tagChanges = tags == null ? TagChanges.NONE : tags.apply(context, output, warnings);
        for (String required : requiredFields) {
            if (!output.has(required)) {
                throw new MappingException(id, required, target.name() + " requires it but no rule produced it for this record");
            }
        }
        return new MappingResult(output, warnings, tagChanges);
    }
}
