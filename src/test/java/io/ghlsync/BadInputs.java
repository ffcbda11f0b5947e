package io.ghlsync;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of hostile request parts for the bad-input properties of issue 8. Everything is legal in a
 * {@link java.net.URI}, so the bytes reach the server as generated; what the server makes of them is under test.
 */
public final class BadInputs {

    /**
     * Ways of writing "up a folder", of ending a path early or of smuggling a byte the path should not hold:
     * plain, percent-encoded, double-encoded, overlong UTF-8, with path parameters.
     */
    private static final String[] TRAVERSALS = {"..", "../", "../..", "..%2f", "..%2F", "%2e%2e", "%2e%2e%2f",
        "%2E%2E%2F", "%2e%2e/", ".%2e", "..%5c", "%5c..%5c", "%252e%252e%252f", "..;", "..;/", ";", ";x=1", ".", "%2e",
        "%00", "..%00", "%c0%ae%c0%ae%c0%af", "%ff", "%0d%0a", "....//", "%2f", "%2F%2F", "~", "%7e"};

    private BadInputs() {
    }

    /** One hostile path segment (or several, for the traversals that hold slashes). */
    public static Arbitrary<String> pathSegments() {
        return Arbitraries.oneOf(traversals(), encoded(Arbitraries.strings().ofMinLength(1).ofMaxLength(40)),
                Arbitraries.strings().alpha().numeric().ofMinLength(200).ofMaxLength(9_000));
    }

    /** A query parameter value, percent-encoded: any text, numbers out of range, traversals. */
    public static Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(traversals(), encoded(Arbitraries.strings().ofMaxLength(60)),
                Arbitraries.longs().map(String::valueOf), encoded(Arbitraries.of("", "-1", "0", "1e3", "0x10", "NaN",
                        " 5 ", "2147483648", "99999999999999999999")),
                encoded(Arbitraries.strings().alpha().ofMinLength(1_000).ofMaxLength(4_000)));
    }

    /** A whole query string of a few random names and values, {@code ?} included; sometimes none. */
    public static Arbitrary<String> queryStrings(String... names) {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(names), encoded(Arbitraries.strings().ofMinLength(1)
                .ofMaxLength(12)));
        return Arbitraries.entries(name, queryValues()).list().ofMaxSize(4).map(pairs -> pairs.isEmpty() ? ""
                : "?" + String.join("&", pairs.stream().map(pair -> pair.getKey() + "=" + pair.getValue()).toList()));
    }

    public static Arbitrary<String> traversals() {
        return Arbitraries.of(TRAVERSALS).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
    }

    public static Arbitrary<String> encoded(Arbitrary<String> text) {
        return text.map(value -> URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
