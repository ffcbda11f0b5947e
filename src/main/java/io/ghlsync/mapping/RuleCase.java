package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One way to produce a value: when its condition holds, read the source and run the transforms.
 * A field rule is a list of these (the rule, its {@code otherwise}, its {@code cases}); so is a tag list.
 */
record RuleCase(Condition when, ValueSource source, Transform[] transforms) {

    /** The value, or a missing one; transforms stop at the first absent value. */
    JsonNode produce(RecordContext record) throws ValueProblem {
        JsonNode value = source.produce(record);
        for (Transform transform : transforms) {
            if (Values.isAbsent(value)) {
                return value;
            }
            value = transform.apply(value);
        }
        return value;
    }
}
