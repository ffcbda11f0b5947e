package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Where a rule's value comes from: a path, several paths, a constant, a text with placeholders, or JSONata. */
@FunctionalInterface
interface ValueSource {

    /** Runs of spaces an absent placeholder leaves behind. */
    Pattern SPACES = Pattern.compile(" {2,}");

    JsonNode produce(RecordContext record) throws ValueProblem;

    static ValueSource path(SourcePath path) {
        return record -> record.read(path);
    }

    /** Several paths, handed on as one list (absent ones as missing) for join, full-name or first-present. */
    static ValueSource paths(List<SourcePath> paths) {
        return record -> {
            ArrayNode values = JsonNodeFactory.instance.arrayNode(paths.size());
            boolean any = false;
            for (SourcePath path : paths) {
                JsonNode value = record.read(path);
                any |= !Values.isAbsent(value);
                values.add(value);
            }
            return any ? values : MissingNode.getInstance();
        };
    }

    static ValueSource constant(JsonNode value) {
        return record -> value;
    }

    static ValueSource expression(JsonataExpression expression) {
        return record -> expression.evaluate(record.expressionInput());
    }

    /**
     * {@code text: "New lead: {firstName} {lastName}"}: placeholders are source paths; absent ones
     * read as nothing, runs of spaces left behind are folded, and a text whose every placeholder
     * was absent is no value at all (so {@code default:} and {@code otherwise:} apply).
     */
    static ValueSource text(String template, Model source, CustomFieldCatalog customFields) {
        Matcher matcher = Pattern.compile("\\{([^{}]+)}").matcher(template);
        List<String> literals = new ArrayList<>();
        List<SourcePath> paths = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            literals.add(template.substring(last, matcher.start()));
            paths.add(SourcePath.compile(matcher.group(1).strip(), source, customFields));
            last = matcher.end();
        }
        literals.add(template.substring(last));
        if (paths.isEmpty()) {
            return constant(TextNode.valueOf(template));
        }
        return record -> {
            StringBuilder text = new StringBuilder(literals.get(0));
            boolean any = false;
            for (int i = 0; i < paths.size(); i++) {
                JsonNode value = record.read(paths.get(i));
                if (!Values.isAbsent(value)) {
                    any = true;
                    text.append(value.isArray() ? joined(value) : value.asText());
                }
                text.append(literals.get(i + 1));
            }
            return any ? TextNode.valueOf(SPACES.matcher(text).replaceAll(" ").strip()) : MissingNode.getInstance();
        };
    }

    private static String joined(JsonNode list) {
        StringBuilder text = new StringBuilder();
        list.forEach(item -> text.append(text.isEmpty() ? "" : ", ").append(item.asText()));
        return text.toString();
    }
}
