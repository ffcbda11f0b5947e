package io.ghlsync.mapping;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The small text transforms: case, trimming, cutting, splitting and joining, names, number/text conversion. */
final class TextTransforms {

    private static final JsonNode MISSING = MissingNode.getInstance();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextTransforms() {
    }

    /** Applies a text function to a value, or to each text item of a list (so {@code lowercase} works on tags). */
    static Transform eachText(UnaryOperator<String> function) {
        return value -> {
            if (value.isArray()) {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                value.forEach(item -> {
                    String text = function.apply(item.asText());
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                });
                return out;
            }
            String text = function.apply(value.asText());
            return text.isEmpty() ? MISSING : TextNode.valueOf(text);
        };
    }

    static Transform lowercase() {
        return eachText(text -> text.toLowerCase(Locale.ROOT));
    }

    static Transform uppercase() {
        return eachText(text -> text.toUpperCase(Locale.ROOT));
    }

    static Transform trim() {
        return eachText(String::strip);
    }

    static Transform truncate(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("truncate needs max: a number of characters above 0");
        }
        return value -> {
            String text = value.asText();
            if (text.codePointCount(0, text.length()) <= max) {
                return value;
            }
            return TextNode.valueOf(text.substring(0, text.offsetByCodePoints(0, max)));
        };
    }

    static Transform split(String separator) {
        Pattern pattern = Pattern.compile(Pattern.quote(separator));
        return value -> {
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            for (String part : pattern.split(value.asText())) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            return parts.isEmpty() ? MISSING : parts;
        };
    }

    /** Joins the present, non-blank items with the separator; nothing present → no value. */
    static Transform join(String separator) {
        return value -> {
            StringBuilder joined = new StringBuilder();
            for (JsonNode item : value) {
                String text = item.isMissingNode() || item.isNull() ? "" : item.asText().strip();
                if (!text.isEmpty()) {
                    joined.append(joined.isEmpty() ? "" : separator).append(text);
                }
            }
            return joined.isEmpty() ? MISSING : TextNode.valueOf(joined.toString());
        };
    }

    static Transform firstPresent() {
        return value -> {
            for (JsonNode item : value) {
                if (!Values.isAbsent(item)) {
                    return item;
                }
            }
            return MISSING;
        };
    }

    /**
     * {@code first-name}: the first word of a full name. People write compound first names too
     * ("María José García"), which no rule can tell apart from a middle name: prefer a source's own
     * firstName field and split only as a fallback ({@code otherwise:}).
     */
    static Transform firstName() {
        return value -> {
            String[] words = WHITESPACE.split(value.asText().strip(), 2);
            return words[0].isEmpty() ? MISSING : TextNode.valueOf(words[0]);
        };
    }

    /** {@code last-name}: everything after the first word of a full name. */
    static Transform lastName() {
        return value -> {
            String[] words = WHITESPACE.split(value.asText().strip(), 2);
            return words.length < 2 ? MISSING : TextNode.valueOf(WHITESPACE.matcher(words[1]).replaceAll(" "));
        };
    }

    static Transform number() {
        return value -> {
            if (value.isNumber()) {
                return value;
            }
            String text = value.asText().strip();
            try {
                return DecimalNode.valueOf(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw new ValueProblem("'" + text + "' is not a number");
            }
        };
    }

    static Transform text() {
        return value -> value.isTextual() ? value : TextNode.valueOf(value.asText());
    }
}
