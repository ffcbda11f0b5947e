package io.ghlsync.target.push;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.ghlsync.target.TargetValidationException;

/**
 * The checks Push by Techulus applies to a notification body (docs/api-research.md §2), made before
 * sending so a mapping mistake fails with the field's name instead of a vague 400 from the service.
 */
final class PushNotification {

    static final Set<String> SOUNDS = Set.of("default", "arcade", "correct", "fail", "harp", "reveal", "bubble",
            "doorbell", "flute", "money", "scifi", "clear", "elevator", "guitar", "pop");
    private static final Set<String> FIELDS = Set.of("title", "body", "link", "image", "sound", "channel",
            "timeSensitive");
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9-]+");

    private PushNotification() {
    }

    /** The notification ready to send (fields in a stable order, nulls dropped), or a validation error. */
    static Map<String, Object> validated(String operation, Map<String, Object> notification) {
        if (notification == null) {
            throw new TargetValidationException(PushClient.TARGET, operation, "body",
                    "is required: a map with title and body");
        }
        notification.keySet().stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw invalid(operation, field, "is not a Push notification field; allowed: " + FIELDS);
        });
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("title", requiredText(operation, notification, "title"));
        checked.put("body", requiredText(operation, notification, "body"));
        optionalUrl(operation, notification, "link", checked);
        optionalUrl(operation, notification, "image", checked);
        Object sound = notification.get("sound");
        if (sound != null) {
            if (!SOUNDS.contains(sound.toString())) {
                throw invalid(operation, "sound", "must be one of " + SOUNDS + ", was '" + sound + "'");
            }
            checked.put("sound", sound.toString());
        }
        Object channel = notification.get("channel");
        if (channel != null) {
            if (!CHANNEL.matcher(channel.toString()).matches()) {
                throw invalid(operation, "channel", "may hold only letters, digits and hyphens, was '" + channel + "'");
            }
            checked.put("channel", channel.toString());
        }
        Object timeSensitive = notification.get("timeSensitive");
        if (timeSensitive != null) {
            checked.put("timeSensitive", bool(operation, timeSensitive));
        }
        return checked;
    }

    private static String requiredText(String operation, Map<String, Object> notification, String field) {
        Object value = notification.get(field);
        if (value == null || value.toString().isBlank()) {
            throw invalid(operation, field, "is required");
        }
        return value.toString();
    }

    private static void optionalUrl(String operation, Map<String, Object> notification, String field,
            Map<String, Object> checked) {
        Object value = notification.get(field);
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value.toString());
            if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                throw invalid(operation, field, "must be an absolute http(s) URL, was '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw invalid(operation, field, "must be an absolute http(s) URL, was '" + value + "'");
        }
        checked.put(field, value.toString());
    }

    /** YAML routes often hand over "true"/"false" as text; anything else is a mistake worth naming. */
    private static Boolean bool(String operation, Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return switch (value.toString()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(operation, "timeSensitive", "must be true or false, was '" + value + "'");
        };
    }

    private static TargetValidationException invalid(String operation, String field, String problem) {
        return new TargetValidationException(PushClient.TARGET, operation, field, problem);
    }
}
