package io.ghlsync.target;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * One configurable HTTP action of a target, written in configuration as {@code "METHOD /path"},
 * e.g. {@code "PUT /tasks/{id}"} or {@code "GET /tasks?customerId={customerId}"}. An empty value
 * switches the action off: calling it then fails with {@link TargetUnsupportedOperationException}.
 *
 * @param property     the configuration property it came from, named in every error
 * @param method       the HTTP method, or {@code null} when switched off
 * @param pathTemplate the path below the base URL, with {@code {variable}} placeholders
 */
public record RestAction(String property, String method, String pathTemplate) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /**
     * Parses and checks a configured action; {@code variables} are the placeholders the action must
     * contain (and the only ones it may). Throws {@link IllegalArgumentException} naming the
     * property, so a bad value stops startup.
     */
    public static RestAction parse(String property, String spec, String... variables) {
        if (spec == null || spec.isBlank()) {
            return new RestAction(property, null, null);
        }
        String[] parts = spec.trim().split("\\s+");
        if (parts.length != 2) {
            throw invalid(property, spec, "expected \"METHOD /path\", e.g. \"PUT /tasks/{id}\"");
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid(property, spec, "method must be one of " + METHODS);
        }
        String path = parts[1];
        if (!path.startsWith("/")) {
            throw invalid(property, spec, "path must start with '/'");
        }
        Set<String> allowed = Set.of(variables);
        Matcher placeholders = PLACEHOLDER.matcher(path);
        while (placeholders.find()) {
            if (!allowed.contains(placeholders.group(1))) {
                throw invalid(property, spec, "unknown placeholder {" + placeholders.group(1) + "}; allowed: "
                        + Arrays.toString(variables));
            }
        }
        for (String variable : variables) {
            if (!path.contains("{" + variable + "}")) {
                throw invalid(property, spec, "path must contain {" + variable + "}");
            }
        }
        return new RestAction(property, method, path);
    }

    public boolean enabled() {
        return method != null;
    }

    /** The path with placeholders replaced, each value encoded for where it stands (path or query). */
    public String expand(Map<String, String> values) {
        int query = pathTemplate.indexOf('?');
        String path = query < 0 ? pathTemplate : pathTemplate.substring(0, query);
        String expanded = substitute(path, values, false);
        return query < 0 ? expanded : expanded + "?" + substitute(pathTemplate.substring(query + 1), values, true);
    }

    @Override
    public String toString() {
        return enabled() ? method + " " + pathTemplate : "(disabled)";
    }

    private static String substitute(String template, Map<String, String> values, boolean inQuery) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String value = values.get(placeholders.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + placeholders.group(1) + "}");
            }
            String encoded = inQuery ? strict(value) : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
            placeholders.appendReplacement(out, Matcher.quoteReplacement(encoded));
        }
        placeholders.appendTail(out);
        return out.toString();
    }

    /**
     * {@code ?a=1&b=x} from the non-null values, each encoded strictly: a {@code +} in an email must
     * travel as {@code %2B}, because servers decode a bare {@code +} in a query as a space.
     */
    public static String queryString(Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(strict(name) + "=" + strict(value.toString()));
            }
        });
        return query.toString();
    }

    private static String strict(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String property, String spec, String problem) {
        return new IllegalArgumentException(property + " = \"" + spec + "\": " + problem);
    }
}
