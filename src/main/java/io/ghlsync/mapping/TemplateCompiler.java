package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one parsed template file into a {@link Template}, or reports every problem with its line.
 * Everything that can be decided before a record arrives is decided here: paths resolved against
 * the models, custom-field keys to ids, transforms built, JSONata parsed, kinds checked.
 */
final class TemplateCompiler {

    private static final Set<String> TOP_KEYS = Set.of("description", "source", "target", "pair", "owners", "fields", "tags");

    private final ModelCatalog models;
    private final CustomFieldCatalog customFields;
    private final Problems problems;
    private final RuleCompiler rules;
    private Model source;
    private Model target;

    TemplateCompiler(ModelCatalog models, CustomerSettings settings, CustomFieldCatalog customFields, Problems problems) {
        this.models = models;
        this.customFields = customFields;
        this.problems = problems;
        this.rules = new RuleCompiler(new TransformCatalog(settings), customFields, problems);
    }

    /** The template, or null when any problem was found (all of them are in {@code problems}). */
    Template compile(String id, YamlNode root) {
        if (root == null || !root.isMap()) {
            problems.add(root, "a template starts with source:, target: and fields:");
            return null;
        }
        for (Map.Entry<YamlNode, YamlNode> entry : root.entries()) {
            String key = entry.getKey().text();
            if (!TOP_KEYS.contains(key)) {
                problems.add(entry.getKey(), "unknown key '" + key + "'" + Problems.suggestion(key, TOP_KEYS)
                        + "; a template has " + String.join(", ", List.of("description", "source", "target", "pair", "owners", "fields", "tags")));
            }
        }
        source = model(root, "source");
        target = model(root, "target");
        if (source == null || target == null) {
            return null;
        }
        rules.bind(source, target);
        List<FieldRule> fieldRules = fields(root.get("fields"), root);
        TagRules tags = root.get("tags") == null ? null : rules.tags(root.get("tags"));
        if (tags != null && fieldRules.stream().anyMatch(rule -> rule.target().toString().equals(target.tagsField()))) {
            problems.add(root.get("tags"), "'" + target.tagsField() + "' is written by the tags: section; remove its field rule");
        }
        List<String> required = requiredFields(root.get("fields"));
        YamlNode pairNode = root.get("pair");
        Map<String, String> owners = owners(root.get("owners"), pairNode);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Template(id, source, target, fieldRules, tags, required, pairNode == null ? null : pairNode.text(), owners);
    }

    private Model model(YamlNode root, String key) {
        YamlNode node = root.get(key);
        if (node == null || !node.isScalar()) {
            problems.add(root, "missing '" + key + ":' (one of " + String.join(", ", models.names()) + ")");
            return null;
        }
        Model model = models.get(node.text());
        if (model == null) {
            problems.add(node, "unknown model '" + node.text() + "'" + Problems.suggestion(node.text(), models.names())
                    + "; known: " + String.join(", ", models.names()));
        }
        return model;
    }

    private List<FieldRule> fields(YamlNode fields, YamlNode root) {
        List<FieldRule> compiled = new ArrayList<>();
        if (fields == null || !fields.isMap()) {
            problems.add(fields == null ? root : fields, "'fields:' must list target fields, one 'target: rule' per line");
            return compiled;
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<YamlNode, YamlNode> entry : fields.entries()) {
            if (!seen.add(entry.getKey().text())) {
                problems.add(entry.getKey(), "target field '" + entry.getKey().text() + "' has two rules");
                continue;
            }
            FieldRule rule = rules.field(entry.getKey(), entry.getValue());
            if (rule != null) {
                compiled.add(rule);
            }
        }
        return compiled;
    }

    /** Top-level fields the target model requires; each needs a rule (docs: contacts.json "required" lists). */
    private List<String> requiredFields(YamlNode fieldsNode) {
        List<String> required = new ArrayList<>();
        for (ModelField field : target.root().children().values()) {
            if (!field.required()) {
                continue;
            }
            required.add(field.name());
            // A rule that failed to compile still counts: its own problem is already reported.
            boolean mapped = (fieldsNode != null && fieldsNode.get(field.name()) != null)
                    || field.name().equals(target.tagsField());
            if (!mapped && fieldsNode != null) {
                problems.add(fieldsNode, target.name() + " requires '" + field.name() + "': add a rule for it");
            }
        }
        return required;
    }

    private Map<String, String> owners(YamlNode node, YamlNode pair) {
        Map<String, String> owners = new LinkedHashMap<>();
        if (node == null) {
            return owners;
        }
        if (pair == null) {
            problems.add(node, "owners: needs pair: <name> (shared with the template of the other direction)");
        }
        Set<String> systems = Set.of(source.system(), target.system());
        for (Map.Entry<YamlNode, YamlNode> entry : node.entries()) {
            String system = entry.getKey().text();
            if (!systems.contains(system)) {
                problems.add(entry.getKey(), "owner '" + system + "' is neither side of this template " + systems);
                continue;
            }
            for (YamlNode field : entry.getValue().items()) {
                try {
                    TargetPath.compile(field.text(), target, customFields);
                } catch (IllegalArgumentException e) {
                    problems.add(field, "owners: " + e.getMessage());
                    continue;
                }
                String previous = owners.putIfAbsent(field.text(), system);
                if (previous != null && !previous.equals(system)) {
                    problems.add(field, "'" + field.text() + "' is owned by both " + previous + " and " + system);
                }
            }
        }
        return owners;
    }
}
