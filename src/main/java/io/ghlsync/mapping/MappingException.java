package io.ghlsync.mapping;

import io.ghlsync.PermanentFailure;

/**
 * One record could not be mapped: a required field has no usable value. Routes match this type to
 * send the record to the error path with its reason; other records are unaffected because
 * templates hold no per-record state.
 */
public class MappingException extends RuntimeException implements PermanentFailure {

    private final String template;
    private final String field;
    private final String problem;

    MappingException(String template, String field, String problem) {
        super("template " + template + ", field " + field + ": " + problem, null, false, true);
        this.template = template;
        this.field = field;
        this.problem = problem;
    }

    /** {@code <customer>/<template>}, e.g. {@code default/ghl-contact-to-pushpress-customer}. */
    public String template() {
        return template;
    }

    /** The target field, as the template names it. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
