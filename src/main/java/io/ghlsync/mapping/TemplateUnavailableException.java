package io.ghlsync.mapping;

import io.ghlsync.PermanentFailure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A template was asked for that cannot be used: there is no such file, or the file is invalid
 * (then {@link #problems()} says why, each as {@code file:line: message}).
 */
public class TemplateUnavailableException extends RuntimeException implements PermanentFailure {

    private final List<TemplateProblem> problems;

    TemplateUnavailableException(String template, List<TemplateProblem> problems) {
        super(problems.isEmpty() ? "no mapping template " + template
                : "mapping template " + template + " is invalid:\n  "
                        + problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Empty when the template does not exist. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
