package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field path as users write it: names joined by dots, each optionally followed by one
 * bracket, {@code appointment.users[0]}, {@code customFields[contact.gym_goal]} (inside brackets
 * anything but {@code ]} is allowed, so custom-field keys with dots and names with spaces work).
 */
final class PathSyntax {

    /** One segment: a field name and the text inside its bracket, or null without one. */
    record Segment(String name, String bracket) {
    }

    private PathSyntax() {
    }

    static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i <= path.length()) {
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String name = path.substring(i, end).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("path '" + path + "' has an empty field name");
            }
            String bracket = null;
            if (end < path.length() && path.charAt(end) == '[') {
                int close = path.indexOf(']', end);
                if (close < 0) {
                    throw new IllegalArgumentException("path '" + path + "' opens [ without closing it");
                }
                bracket = path.substring(end + 1, close).strip();
                end = close + 1;
                if (end < path.length() && path.charAt(end) != '.') {
                    throw new IllegalArgumentException("path '" + path + "': expected '.' after ]");
                }
            }
            segments.add(new Segment(name, bracket));
            i = end + 1;
        }
        return segments;
    }
}
