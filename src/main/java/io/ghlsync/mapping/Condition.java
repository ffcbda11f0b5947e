package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled {@code when:}: the rule (or tag) applies only when it holds. Forms, all of which may
 * be listed to require every one: {@code present: path}, {@code absent: path}, {@code tag: name},
 * {@code path: p} with {@code equals: v}, {@code in: [v…]} or {@code contains: v}, and
 * {@code expression: <JSONata>}.
 */
@FunctionalInterface
interface Condition {

    Condition ALWAYS = record -> true;

    Set<String> FORMS = Set.of("present", "absent", "tag", "path", "equals", "in", "contains", "expression");

    boolean test(RecordContext record) throws ValueProblem;

    /** @throws IllegalArgumentException naming what is wrong */
    static Condition compile(YamlNode node, Model source, CustomFieldCatalog customFields) {
        List<Condition> all = new ArrayList<>();
        for (YamlNode item : node.items()) {
            all.add(single(item, source, customFields));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return record -> {
            for (Condition condition : all) {
                if (!condition.test(record)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Condition single(YamlNode node, Model source, CustomFieldCatalog customFields) {
        if (!node.isMap()) {
            throw new IllegalArgumentException("a condition is e.g. {present: phone}, {tag: vip} or {path: type, equals: TaskComplete}");
        }
        for (Map.Entry<YamlNode, YamlNode> entry : node.entries()) {
            if (!FORMS.contains(entry.getKey().text())) {
                throw new IllegalArgumentException("unknown condition '" + entry.getKey().text() + "'"
                        + Problems.suggestion(entry.getKey().text(), FORMS));
            }
        }
        if (node.get("expression") != null) {
            JsonataExpression expression = JsonataExpression.compile(node.get("expression").text());
            return record -> {
                JsonNode result = expression.evaluate(record.expressionInput());
                return result.isBoolean() ? result.booleanValue() : !Values.isAbsent(result);
            };
        }
        if (node.get("present") != null) {
            SourcePath path = SourcePath.compile(node.get("present").text(), source, customFields);
            return record -> !Values.isAbsent(record.read(path));
        }
        if (node.get("absent") != null) {
            SourcePath path = SourcePath.compile(node.get("absent").text(), source, customFields);
            return record -> Values.isAbsent(record.read(path));
        }
        if (node.get("tag") != null) {
            if (source.tagsField() == null) {
                throw new IllegalArgumentException(source.name() + " has no tags; use {path: …, contains: …}");
            }
            return contains(SourcePath.compile(source.tagsField(), source, customFields), node.get("tag").text());
        }
        if (node.get("path") == null) {
            throw new IllegalArgumentException("equals, in and contains need path: <field> beside them");
        }
        SourcePath path = SourcePath.compile(node.get("path").text(), source, customFields);
        if (node.get("contains") != null) {
            return contains(path, node.get("contains").text());
        }
        YamlNode values = node.get("equals") != null ? node.get("equals") : node.get("in");
        if (values == null) {
            throw new IllegalArgumentException("path: needs equals, in or contains");
        }
        List<String> accepted = values.items().stream().map(YamlNode::text).toList();
        return record -> {
            JsonNode value = record.read(path);
            return !value.isMissingNode() && accepted.contains(value.asText());
        };
    }

    /** True when the list holds the text, ignoring case (tags are compared as people read them). */
    private static Condition contains(SourcePath path, String wanted) {
        String normal = wanted.toLowerCase(Locale.ROOT);
        return record -> {
            for (JsonNode item : record.read(path)) {
                if (item.asText().toLowerCase(Locale.ROOT).equals(normal)) {
                    return true;
                }
            }
            return false;
        };
    }
}
