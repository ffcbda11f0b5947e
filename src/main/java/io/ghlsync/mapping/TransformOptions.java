package io.ghlsync.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options written after a transform's name ({@code phone: {region: GB}}, or {@code phone: GB}
 * for its main option), with a check that refuses misspelt option names.
 */
final class TransformOptions {

    private final String transform;
    private final Map<String, YamlNode> options = new LinkedHashMap<>();

    private TransformOptions(String transform) {
        this.transform = transform;
    }

    /** Options from a map node (or none for null). */
    static TransformOptions of(String transform, YamlNode node) {
        TransformOptions options = new TransformOptions(transform);
        if (node != null && !node.isNull()) {
            if (!node.isMap()) {
                throw new IllegalArgumentException("options of '" + transform + "' are 'name: value' lines");
            }
            node.entries().forEach(entry -> options.options.put(entry.getKey().text(), entry.getValue()));
        }
        return options;
    }

    /** A bare value standing for the transform's main option. */
    static TransformOptions single(String transform, String key, YamlNode value) {
        TransformOptions options = new TransformOptions(transform);
        options.options.put(key, value);
        return options;
    }

    /** Fails on any option not in {@code known}. */
    TransformOptions allow(String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("'" + transform + "' has no option '" + key + "'"
                        + Problems.suggestion(key, allowed)
                        + (known.length == 0 ? "; it takes none" : "; allowed: " + String.join(", ", known)));
            }
        }
        return this;
    }

    YamlNode get(String key) {
        return options.get(key);
    }

    String text(String key, String fallback) {
        YamlNode value = get(key);
        return value == null || value.isNull() ? fallback : value.text();
    }

    int number(String key, int fallback) {
        String text = text(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + transform + "' option '" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    boolean flag(String key, boolean fallback) {
        String text = text(key, null);
        return text == null ? fallback : Boolean.parseBoolean(text);
    }
}
