package io.ghlsync.mapping;

/** One thing wrong with a template file, shown as {@code file:line: message}. */
public record TemplateProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
