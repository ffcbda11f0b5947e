package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compiles the rules of a template's {@code fields:} and {@code tags:} sections (see docs/mappings.md
 * for the syntax). Problems are reported at the line they concern; a rule with a problem is dropped
 * and the template as a whole refused by {@link TemplateCompiler}.
 */
final class RuleCompiler {

    private static final Set<String> RULE_KEYS = Set.of("from", "value", "text", "expression", "transform", "when",
            "default", "required", "otherwise", "cases");
    private static final Set<String> CASE_KEYS = Set.of("from", "value", "text", "expression", "transform", "when", "otherwise");
    private static final Set<String> TAG_KEYS = Set.of("tag", "from", "value", "text", "expression", "transform", "when");
    private static final List<String> SOURCES = List.of("from", "value", "text", "expression");

    private final TransformCatalog transforms;
    private final CustomFieldCatalog customFields;
    private final Problems problems;
    private Model source;
    private Model target;

    RuleCompiler(TransformCatalog transforms, CustomFieldCatalog customFields, Problems problems) {
        this.transforms = transforms;
        this.customFields = customFields;
        this.problems = problems;
    }

    void bind(Model sourceModel, Model targetModel) {
        this.source = sourceModel;
        this.target = targetModel;
    }

    /**
     * A compiled case, the shape of what it gives, and (for load-time checks and pair ownership)
     * the constant it always gives or the single source path it reads, when it does.
     */
    private record Compiled(RuleCase ruleCase, Shape shape, JsonNode constant, String path) {

        Compiled(RuleCase ruleCase, Shape shape) {
            this(ruleCase, shape, null, null);
        }

        Compiled with(RuleCase replaced, Shape newShape, boolean transformed) {
            return new Compiled(replaced, newShape, transformed ? null : constant, path);
        }
    }

    FieldRule field(YamlNode key, YamlNode body) {
        TargetPath path;
        try {
            path = TargetPath.compile(key.text(), target, customFields);
        } catch (IllegalArgumentException e) {
            problems.add(key, e.getMessage());
            return null;
        }
        if (body.isMap() && !checkKeys(body, RULE_KEYS, "rule")) {
            return null;
        }
        List<YamlNode> caseNodes = new ArrayList<>();
        if (body.isMap() && body.get("cases") != null) {
            if (SOURCES.stream().anyMatch(s -> body.get(s) != null) || body.get("otherwise") != null) {
                problems.add(body, "a rule has either cases: or its own from/value/text/expression, not both");
                return null;
            }
            caseNodes.addAll(body.get("cases").items());
        } else {
            for (YamlNode each = body; each != null; each = each.isMap() ? each.get("otherwise") : null) {
                caseNodes.add(each);
            }
        }
        List<RuleCase> cases = new ArrayList<>();
        String copiedFrom = null;
        for (YamlNode caseNode : caseNodes) {
            Compiled compiled = ruleCase(caseNode, caseNode == body ? RULE_KEYS : CASE_KEYS);
            if (compiled == null || !fits(key, caseNode, path, compiled)) {
                return null;
            }
            copiedFrom = cases.isEmpty() ? compiled.path() : copiedFrom;
            cases.add(compiled.ruleCase());
        }
        JsonNode fallback = body.isMap() ? fallback(body.get("default"), path) : null;
        boolean required = path.requiredByModel() || (body.isMap() && body.get("required") != null
                && Boolean.parseBoolean(body.get("required").text()));
        if (body.isMap() && body.get("default") != null && fallback == null) {
            return null;
        }
        return new FieldRule(path, cases, fallback, required, key.line(), copiedFrom);
    }

    /** Whether what the case gives fits the target field: its kind, and a constant's allowed values. */
    private boolean fits(YamlNode key, YamlNode caseNode, TargetPath path, Compiled compiled) {
        if (!path.field().kind().accepts(compiled.shape().kind())) {
            problems.add(caseNode, "type mismatch: " + key.text() + " takes " + path.field().kind().label()
                    + " but this rule gives " + compiled.shape().kind().label());
            return false;
        }
        if (compiled.constant() != null) {
            try {
                path.accept(compiled.constant());
            } catch (ValueProblem e) {
                problems.add(caseNode, key.text() + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    TagRules tags(YamlNode node) {
        if (target.tagsField() == null) {
            problems.add(node, target.name() + " has no tags to add or remove");
            return null;
        }
        if (!checkKeys(node, Set.of("add", "remove"), "tags section")) {
            return null;
        }
        return new TagRules(target.tagsField(), tagEntries(node.get("add")), tagEntries(node.get("remove")));
    }

    private List<RuleCase> tagEntries(YamlNode list) {
        List<RuleCase> entries = new ArrayList<>();
        if (list == null) {
            return entries;
        }
        for (YamlNode item : list.items()) {
            if (item.isScalar()) {
                entries.add(new RuleCase(Condition.ALWAYS, ValueSource.constant(item.toJson()), new Transform[0]));
                continue;
            }
            if (!checkKeys(item, TAG_KEYS, "tag")) {
                continue;
            }
            Compiled compiled = item.get("tag") != null ? fixedTag(item) : ruleCase(item, TAG_KEYS);
            if (compiled != null) {
                entries.add(compiled.ruleCase());
            }
        }
        return entries;
    }

    private Compiled fixedTag(YamlNode item) {
        Condition when = condition(item.get("when"));
        return when == null ? null : new Compiled(new RuleCase(when,
                ValueSource.constant(item.get("tag").toJson()), new Transform[0]), Shape.STRING);
    }

    private Compiled ruleCase(YamlNode node, Set<String> allowedKeys) {
        if (node.isScalar()) {
            return fromPath(node, node.text());
        }
        if (!node.isMap() || !checkKeys(node, allowedKeys, "rule")) {
            if (!node.isMap()) {
                problems.add(node, "a rule is a source path (email) or 'from/value/text/expression' with options");
            }
            return null;
        }
        List<String> given = SOURCES.stream().filter(key -> node.get(key) != null).toList();
        if (given.size() != 1) {
            problems.add(node, "a rule needs exactly one of from, value, text or expression" + (given.isEmpty() ? "" : ", not " + given));
            return null;
        }
        Compiled base = source(node, given.get(0));
        Condition when = condition(node.get("when"));
        if (base == null || when == null) {
            return null;
        }
        Shape shape = base.shape();
        List<Transform> chain = new ArrayList<>();
        YamlNode transformNode = node.get("transform");
        for (YamlNode step : transformNode == null ? List.<YamlNode>of() : transformNode.items()) {
            try {
                TransformCatalog.Step compiled = transforms.compile(step, shape);
                chain.add(compiled.transform());
                shape = compiled.output();
            } catch (IllegalArgumentException e) {
                problems.add(step, e.getMessage());
                return null;
            }
        }
        if (shape.kind() == Kind.VALUES) {
            chain.add(TextTransforms.firstPresent());
            shape = Shape.of(shape.items());
        }
        return base.with(new RuleCase(when, base.ruleCase().source(), chain.toArray(Transform[]::new)), shape,
                !chain.isEmpty());
    }

    private Compiled source(YamlNode node, String key) {
        YamlNode value = node.get(key);
        try {
            return switch (key) {
                case "from" -> value.isList() ? fromPaths(value) : fromPath(value, value.text());
                case "value" -> new Compiled(constantCase(value.toJson()), shapeOf(value.toJson()), value.toJson(), null);
                case "text" -> new Compiled(new RuleCase(Condition.ALWAYS,
                        ValueSource.text(value.text(), source, customFields), new Transform[0]), Shape.STRING);
                default -> new Compiled(new RuleCase(Condition.ALWAYS,
                        ValueSource.expression(JsonataExpression.compile(value.text())), new Transform[0]), Shape.ANY);
            };
        } catch (IllegalArgumentException e) {
            problems.add(value, e.getMessage());
            return null;
        }
    }

    private Compiled fromPath(YamlNode node, String text) {
        try {
            SourcePath path = SourcePath.compile(text, source, customFields);
            return new Compiled(new RuleCase(Condition.ALWAYS, ValueSource.path(path), new Transform[0]), path.shape(),
                    null, text);
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    private Compiled fromPaths(YamlNode list) {
        List<SourcePath> paths = new ArrayList<>();
        Kind items = null;
        for (YamlNode item : list.items()) {
            SourcePath path = SourcePath.compile(item.text(), source, customFields);
            paths.add(path);
            items = items == null || items == path.shape().kind() ? path.shape().kind() : Kind.ANY;
        }
        return new Compiled(new RuleCase(Condition.ALWAYS, ValueSource.paths(paths), new Transform[0]),
                new Shape(Kind.VALUES, items == null ? Kind.ANY : items));
    }

    private Condition condition(YamlNode node) {
        if (node == null) {
            return Condition.ALWAYS;
        }
        try {
            return Condition.compile(node, source, customFields);
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    /** The default, checked against the target once, here, instead of on every record. */
    private JsonNode fallback(YamlNode node, TargetPath path) {
        if (node == null) {
            return null;
        }
        try {
            return path.accept(node.toJson());
        } catch (ValueProblem e) {
            problems.add(node, "default for " + path + ": " + e.getMessage());
            return null;
        }
    }

    private boolean checkKeys(YamlNode node, Set<String> allowed, String what) {
        boolean ok = true;
        for (Map.Entry<YamlNode, YamlNode> entry : node.entries()) {
            String key = entry.getKey().text();
            if (!allowed.contains(key)) {
                problems.add(entry.getKey(), "unknown key '" + key + "' in a " + what + Problems.suggestion(key, allowed));
                ok = false;
            }
        }
        return ok;
    }

    private static RuleCase constantCase(JsonNode value) {
        return new RuleCase(Condition.ALWAYS, ValueSource.constant(value), new Transform[0]);
    }

    private static Shape shapeOf(JsonNode value) {
        if (value.isBoolean()) {
            return Shape.of(Kind.BOOLEAN);
        }
        if (value.isNumber()) {
            return Shape.of(Kind.NUMBER);
        }
        if (value.isArray()) {
            return Shape.of(Kind.ARRAY);
        }
        return value.isObject() ? Shape.of(Kind.OBJECT) : Shape.STRING;
    }
}
