package io.ghlsync.mapping;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a template file that remembers its line, so every problem can be reported as
 * {@code file:line: what is wrong}. Wraps SnakeYAML's composed (not yet constructed) node tree,
 * the only stage that still carries positions.
 */
final class YamlNode {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Node node;

    private YamlNode(Node node) {
        this.node = node;
    }

    /** The document's root, or null for an empty file; throws SnakeYAML's {@code MarkedYAMLException} on bad syntax. */
    static YamlNode parse(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        Node root = new Yaml(options).compose(reader);
        return root == null ? null : new YamlNode(root);
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isNull() {
        return node.getTag().equals(Tag.NULL);
    }

    /** The scalar's text ("" for a map or list). */
    String text() {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    /** Entries of a map in file order, keys as text; empty for anything else. */
    List<Map.Entry<YamlNode, YamlNode>> entries() {
        List<Map.Entry<YamlNode, YamlNode>> entries = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                entries.add(Map.entry(new YamlNode(tuple.getKeyNode()), new YamlNode(tuple.getValueNode())));
            }
        }
        return entries;
    }

    YamlNode get(String key) {
        for (Map.Entry<YamlNode, YamlNode> entry : entries()) {
            if (entry.getKey().text().equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Items of a list; a single non-list node counts as a list of itself (so {@code transform: trim} works). */
    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> items.add(new YamlNode(item)));
        } else {
            items.add(this);
        }
        return items;
    }

    /** The node as JSON, scalars typed the YAML way ({@code true} a boolean, {@code 42} a number, {@code "42"} text). */
    JsonNode toJson() {
        if (node instanceof MappingNode) {
            ObjectNode object = NODES.objectNode();
            entries().forEach(entry -> object.set(entry.getKey().text(), entry.getValue().toJson()));
            return object;
        }
        if (node instanceof SequenceNode) {
            ArrayNode array = NODES.arrayNode();
            items().forEach(item -> array.add(item.toJson()));
            return array;
        }
        Tag tag = node.getTag();
        String text = text();
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                return NODES.numberNode(new BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        return NODES.textNode(text);
    }
}
