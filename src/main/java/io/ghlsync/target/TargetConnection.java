package io.ghlsync.target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a target is and how to authenticate: its base URL and the headers that carry credentials.
 * Sandbox connections point at the simulator; live ones come from configuration and list the
 * settings that are still empty, so a call can name what to configure.
 *
 * @param baseUrl the URL every path is appended to, without trailing slash
 * @param headers credential headers sent with every call (values are secrets: never printed)
 * @param missing live settings that are empty; a call fails with {@link TargetNotConfiguredException}
 */
public record TargetConnection(String baseUrl, Map<String, String> headers, List<Setting> missing) {

    /** One configured value, with the property and environment variable that set it. */
    public record Setting(String property, String environmentVariable, String value) {

        @Override
        public String toString() {
            return property + " (" + environmentVariable + ")";
        }
    }

    public TargetConnection {
        headers = Map.copyOf(headers);
        missing = List.copyOf(missing);
    }

    /** A simulator's address and its sandbox credentials: always complete. */
    public static TargetConnection sandbox(String baseUrl, Map<String, String> headers) {
        return new TargetConnection(stripTrailingSlash(baseUrl), headers, List.of());
    }

    /** A live target from configuration; headers are keyed by header name. */
    public static TargetConnection live(Setting baseUrl, Map<String, Setting> headers) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Setting> missing = new ArrayList<>();
        if (isBlank(baseUrl.value())) {
            missing.add(baseUrl);
        }
        headers.forEach((name, setting) -> {
            if (isBlank(setting.value())) {
                missing.add(setting);
            } else {
                values.put(name, setting.value());
            }
        });
        return new TargetConnection(isBlank(baseUrl.value()) ? "" : stripTrailingSlash(baseUrl.value()), values,
                missing);
    }

    @Override
    public String toString() {
        return "TargetConnection[" + baseUrl + ", headers=" + headers.keySet() + ", missing=" + missing + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripTrailingSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
