package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file while it is compiled, so a user sees all of them at once. */
final class Problems {

    private final String file;
    private final List<TemplateProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(YamlNode where, String message) {
        add(where == null ? 1 : where.line(), message);
    }

    void add(int line, String message) {
        list.add(new TemplateProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<TemplateProblem> list() {
        return List.copyOf(list);
    }

    /** Names close to a misspelt one (edit distance ≤ 2), for "did you mean …?" hints. */
    static String suggestion(String wrong, Iterable<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
