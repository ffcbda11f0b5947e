package io.ghlsync.mapping;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A compiled rule for one target field: its cases in order (the rule itself, then {@code otherwise}
 * or {@code cases} entries), a default, and whether the field is required.
 *
 * <p>What a record gets: the first case whose {@code when} holds and that yields a value wins. A
 * value problem (a phone that does not parse) makes the next case try; if none yields a value the
 * default is used, else the field is left out with a warning, or, when the field is required, the
 * record fails with a {@link MappingException}. Problems are never dropped silently: a value that
 * came from a later case or the default still carries the first problem as a warning.
 */
final class FieldRule {

    private final TargetPath target;
    private final List<RuleCase> cases;
    private final JsonNode fallback;
    private final boolean required;
    private final int line;
    private final String copiedFrom;

    FieldRule(TargetPath target, List<RuleCase> cases, JsonNode fallback, boolean required, int line, String copiedFrom) {
        this.target = target;
        this.cases = List.copyOf(cases);
        this.fallback = fallback;
        this.required = required;
        this.line = line;
        this.copiedFrom = copiedFrom;
    }

    /** The line of the rule in its template file. */
    int line() {
        return line;
    }

    /** The source path the rule's first case reads, when it reads exactly one; else null. */
    String copiedFrom() {
        return copiedFrom;
    }

    TargetPath target() {
        return target;
    }

    void apply(RecordContext record, ObjectNode output, List<FieldWarning> warnings, String template) {
        String problem = null;
        boolean applies = false;
        for (RuleCase each : cases) {
            try {
                if (!each.when().test(record)) {
                    continue;
                }
                applies = true;
                JsonNode value = each.produce(record);
                if (!Values.isAbsent(value)) {
                    target.write(output, target.accept(value));
                    warnIfAny(problem, warnings);
                    return;
                }
            } catch (ValueProblem e) {
                problem = problem == null ? e.getMessage() : problem;
            }
        }
        if (!applies) {
            return;
        }
        if (fallback != null) {
            target.write(output, fallback);
            warnIfAny(problem == null ? null : problem + "; used the default", warnings);
            return;
        }
        if (required) {
            throw new MappingException(template, target.toString(), problem == null ? "required but missing" : problem);
        }
        warnIfAny(problem == null ? null : problem + "; left out", warnings);
    }

    private void warnIfAny(String problem, List<FieldWarning> warnings) {
        if (problem != null) {
            warnings.add(new FieldWarning(target.toString(), problem));
        }
    }
}
