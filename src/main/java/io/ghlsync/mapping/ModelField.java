package io.ghlsync.mapping;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One field of a {@link Model}: its kind, and for objects its children, for lists the kind of
 * their items, plus the constraints a written value must meet (allowed values, a pattern, a URL).
 */
record ModelField(String name, Kind kind, Map<String, ModelField> children, ModelField items,
        List<String> allowed, Pattern pattern, String format, boolean required) {

    /** A field with a kind and nothing else (custom fields, list items without a description). */
    static ModelField plain(String name, Kind kind) {
        return new ModelField(name, kind, Map.of(), null, List.of(), null, null, false);
    }

    ModelField child(String childName) {
        return children.get(childName);
    }

    /** What is wrong with a text value written to this field, or null when it is acceptable. */
    String problemWith(String text) {
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            return "'" + text + "' is not one of " + allowed;
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            return "'" + text + "' does not match " + pattern.pattern();
        }
        if ("url".equals(format) && !(text.startsWith("https://") || text.startsWith("http://"))) {
            return "'" + text + "' is not an http(s) URL";
        }
        return null;
    }
}
