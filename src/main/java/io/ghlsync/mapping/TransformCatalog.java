package io.ghlsync.mapping;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every transform a template may name, with the kinds of value it takes and gives, so a chain like
 * {@code from: tags, transform: phone} is refused when the template loads rather than on the first
 * record. See docs/mappings.md for the user-facing reference.
 */
final class TransformCatalog {

    /** Name → the option a bare value stands for ({@code phone: GB} means {@code phone: {region: GB}}). */
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("trim", ""), Map.entry("lowercase", ""),
            Map.entry("uppercase", ""), Map.entry("truncate", "max"), Map.entry("split", "separator"),
            Map.entry("join", "separator"), Map.entry("first-present", ""), Map.entry("full-name", ""),
            Map.entry("first-name", ""), Map.entry("last-name", ""), Map.entry("number", ""), Map.entry("text", ""),
            Map.entry("phone", "region"), Map.entry("email", ""), Map.entry("date", "format"),
            Map.entry("lookup", "table"), Map.entry("expression", "expression"));

    /** A compiled step and what it gives. */
    record Step(String name, Transform transform, Shape output) {
    }

    private final CustomerSettings settings;

    TransformCatalog(CustomerSettings settings) {
        this.settings = settings;
    }

    /**
     * Compiles one {@code transform:} entry for an input of the given shape.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown name, bad option, wrong input kind)
     */
    Step compile(YamlNode spec, Shape input) {
        String name;
        YamlNode optionsNode = null;
        if (spec.isScalar()) {
            name = spec.text();
        } else if (spec.isMap() && spec.entries().size() == 1) {
            name = spec.entries().get(0).getKey().text();
            optionsNode = spec.entries().get(0).getValue();
        } else {
            throw new IllegalArgumentException("a transform is a name (trim) or a name with options ({phone: {region: GB}})");
        }
        if (!NAMES.containsKey(name)) {
            throw new IllegalArgumentException("unknown transform '" + name + "'" + Problems.suggestion(name, NAMES.keySet())
                    + "; known: " + String.join(", ", new TreeSet<>(NAMES.keySet())));
        }
        if (optionsNode != null && optionsNode.isScalar() && !optionsNode.isNull()) {
            if (NAMES.get(name).isEmpty()) {
                throw new IllegalArgumentException("transform '" + name + "' takes no value");
            }
            return build(name, TransformOptions.single(name, NAMES.get(name), optionsNode), input);
        }
        return build(name, TransformOptions.of(name, optionsNode), input);
    }

    private Step build(String name, TransformOptions options, Shape input) {
        if (input.kind() == Kind.VALUES && !List.of("join", "first-present", "full-name").contains(name)) {
            throw new IllegalArgumentException("'from' names several fields: begin with join, full-name or first-present, not " + name);
        }
        return switch (name) {
            case "trim", "lowercase", "uppercase" -> {
                options.allow();
                expect(name, input, Kind.STRING, Kind.ARRAY);
                Transform transform = name.equals("trim") ? TextTransforms.trim()
                        : name.equals("lowercase") ? TextTransforms.lowercase() : TextTransforms.uppercase();
                yield new Step(name, transform, input.kind() == Kind.ARRAY ? input : Shape.STRING);
            }
            case "truncate" -> text(name, input, TextTransforms.truncate(options.allow("max").number("max", 0)));
            case "split" -> {
                expect(name, input, Kind.STRING);
                Transform split = TextTransforms.split(options.allow("separator").text("separator", ","));
                yield new Step(name, split, new Shape(Kind.ARRAY, Kind.STRING));
            }
            case "join" -> {
                expect(name, input, Kind.VALUES, Kind.ARRAY);
                yield new Step(name, TextTransforms.join(options.allow("separator").text("separator", " ")), Shape.STRING);
            }
            case "full-name" -> {
                options.allow();
                expect(name, input, Kind.VALUES);
                yield new Step(name, TextTransforms.join(" "), Shape.STRING);
            }
            case "first-present" -> {
                options.allow();
                expect(name, input, Kind.VALUES);
                yield new Step(name, TextTransforms.firstPresent(), Shape.of(input.items()));
            }
            case "first-name" -> text(name, input, TextTransforms.firstName(), options);
            case "last-name" -> text(name, input, TextTransforms.lastName(), options);
            case "email" -> text(name, input, new EmailTransform(), options);
            case "phone" -> {
                options.allow("region", "format");
                PhoneTransform phone = new PhoneTransform(options.text("region", settings.phoneRegion()),
                        options.text("format", "e164"));
                yield text(name, input, phone);
            }
            case "number" -> {
                options.allow();
                expect(name, input, Kind.STRING, Kind.NUMBER);
                yield new Step(name, TextTransforms.number(), Shape.of(Kind.NUMBER));
            }
            case "text" -> {
                options.allow();
                expect(name, input, Kind.STRING, Kind.NUMBER, Kind.BOOLEAN);
                yield new Step(name, TextTransforms.text(), Shape.STRING);
            }
            case "date" -> date(options, input);
            case "lookup" -> lookup(options, input);
            case "expression" -> {
                options.allow("expression");
                JsonataExpression expression = JsonataExpression.compile(options.text("expression", ""));
                yield new Step(name, value -> expression.evaluate(JsonataExpression.input(value)), Shape.ANY);
            }
            default -> throw new IllegalStateException("transform " + name + " is listed but not built");
        };
    }

    private Step date(TransformOptions options, Shape input) {
        options.allow("parse", "format", "zone", "from-zone");
        expect("date", input, Kind.STRING, Kind.NUMBER);
        List<String> patterns = new ArrayList<>();
        YamlNode parse = options.get("parse");
        if (parse != null) {
            parse.items().forEach(item -> patterns.add(item.text()));
        }
        ZoneId zone = zone(options.text("zone", null), settings.timeZone());
        ZoneId fromZone = zone(options.text("from-zone", null), settings.timeZone());
        DateTransform date = new DateTransform(patterns, options.text("format", "iso-instant"), zone, fromZone);
        return new Step("date", date, Shape.of(date.outputKind()));
    }

    private Step lookup(TransformOptions options, Shape input) {
        options.allow("table", "values", "reverse", "default");
        expect("lookup", input, Kind.STRING, Kind.NUMBER, Kind.BOOLEAN, Kind.ARRAY);
        String tableName = options.text("table", null);
        YamlNode inline = options.get("values");
        if ((tableName == null) == (inline == null)) {
            throw new IllegalArgumentException("lookup needs either table: <name from customer.yaml> or values: {from: to, …}");
        }
        LookupTable table;
        if (inline != null) {
            Problems tableProblems = new Problems("");
            table = LookupTable.parse(inline, tableProblems);
            if (!tableProblems.isEmpty()) {
                throw new IllegalArgumentException(tableProblems.list().get(0).message());
            }
            tableName = "(inline)";
        } else {
            table = settings.lookups().get(tableName);
            if (table == null) {
                throw new IllegalArgumentException("lookup table '" + tableName + "' is not in customer.yaml"
                        + Problems.suggestion(tableName, settings.lookups().keySet()));
            }
        }
        if (options.flag("reverse", false)) {
            table = table.reversed();
        }
        YamlNode fallbackNode = options.get("default");
        JsonNode fallback = fallbackNode == null ? null : fallbackNode.toJson();
        return new Step("lookup", new LookupTransform(tableName, table, fallback), Shape.of(table.valueKind()));
    }

    private static Step text(String name, Shape input, Transform transform) {
        expect(name, input, Kind.STRING);
        return new Step(name, transform, Shape.STRING);
    }

    /** A text transform without options. */
    private static Step text(String name, Shape input, Transform transform, TransformOptions options) {
        options.allow();
        return text(name, input, transform);
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        if (id == null) {
            return fallback;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + id + "' is not a time zone id (e.g. UTC, America/New_York)");
        }
    }

    private static void expect(String name, Shape input, Kind... accepted) {
        if (!input.is(accepted)) {
            throw new IllegalArgumentException("transform '" + name + "' cannot take " + input.kind().label());
        }
    }
}
