package io.ghlsync.webhook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code JSON.stringify} of a parsed JSON value, as a JavaScript engine writes it. PushPress signs
 * {@code JSON.stringify(body.data)}, not the bytes it sent (docs/api-research.md §3), so the receiver has to
 * re-serialise exactly as JavaScript does: no whitespace; object keys in insertion order except that
 * array-index keys ("0", "42") come first in ascending order; only {@code "}, {@code \}, and control characters
 * escaped, the latter as {@code \b \f \n \r \t} or lowercase {@code \}{@code u00xx}; lone surrogates escaped; and
 * numbers as JavaScript's Number::toString prints the double they parse to (ECMA-262 §6.1.6.1.20).
 */
final class JavaScriptJson {

    private static final long MAX_ARRAY_INDEX = 4_294_967_294L; // 2^32 - 2 (ECMA-262 "array index")

    private JavaScriptJson() {
    }

    static String stringify(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeObject(value, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(value.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(value.textValue(), out);
            case NUMBER -> out.append(number(value.doubleValue()));
            case BOOLEAN -> out.append(value.booleanValue());
            default -> out.append("null");
        }
    }

    private static void writeObject(JsonNode object, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        // A stable sort keeps insertion order among the other keys.
        entries.sort(Comparator.comparingLong(entry -> arrayIndex(entry.getKey())));
        out.append('{');
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            writeString(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append('}');
    }

    /** The key's value when it is an array index, else a number after every index (insertion order). */
    private static long arrayIndex(String key) {
        boolean canonical = !key.isEmpty() && key.length() <= 10 && key.chars().allMatch(Character::isDigit)
                && (key.length() == 1 || key.charAt(0) != '0');
        if (canonical) {
            long index = Long.parseLong(key);
            if (index <= MAX_ARRAY_INDEX) {
                return index;
            }
        }
        return MAX_ARRAY_INDEX + 1;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** Number::toString: the shortest decimal that reads back as {@code value}, laid out as ECMA-262 says. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null"; // JSON.stringify writes non-finite numbers as null
        }
        if (value == 0) {
            return "0"; // also -0
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        BigDecimal shortest = shortestDecimal(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** Fewest significant digits that round-trip; of two candidates, the one closer to the exact value. */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downFits = down.doubleValue() == value;
            boolean upFits = up.doubleValue() == value;
            if (downFits && upFits) {
                return exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up;
            }
            if (downFits || upFits) {
                return downFits ? down : up;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
