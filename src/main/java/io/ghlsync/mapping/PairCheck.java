package io.ghlsync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the templates of one customer that share a {@code pair:} name: one template per direction,
 * and owners that agree. A rule copying field S into T in one direction and one copying T back
 * into S in the other must name the same owner for T and S, else the mirror would let each side
 * win in turn and the field would flip-flop.
 */
final class PairCheck {

    private PairCheck() {
    }

    /** Problems by template name; templates without problems are not in the map. */
    static Map<String, List<TemplateProblem>> check(Map<String, Template> templates, Map<String, String> files) {
        Map<String, List<String>> byPair = new HashMap<>();
        templates.forEach((name, template) -> {
            if (template.pair() != null) {
                byPair.computeIfAbsent(template.pair(), pair -> new ArrayList<>()).add(name);
            }
        });
        Map<String, List<TemplateProblem>> problems = new HashMap<>();
        byPair.forEach((pair, names) -> {
            names.sort(null);
            if (names.size() > 2 || (names.size() == 2 && sameDirection(templates.get(names.get(0)), templates.get(names.get(1))))) {
                for (String name : names) {
                    add(problems, name, new TemplateProblem(files.get(name), 1, "pair '" + pair
                            + "' must be two templates of opposite directions, found " + names));
                }
                return;
            }
            if (names.size() == 2) {
                compare(templates.get(names.get(0)), templates.get(names.get(1)), names.get(1), files, problems);
            }
        });
        return problems;
    }

    private static boolean sameDirection(Template a, Template b) {
        return a.source().system().equals(b.source().system()) && a.target().system().equals(b.target().system());
    }

    private static void compare(Template a, Template b, String bName, Map<String, String> files,
            Map<String, List<TemplateProblem>> problems) {
        for (FieldRule forward : a.rules()) {
            if (forward.copiedFrom() == null) {
                continue;
            }
            for (FieldRule back : b.rules()) {
                if (back.target().toString().equals(forward.copiedFrom())
                        && forward.target().toString().equals(back.copiedFrom())) {
                    String ownerForward = a.owners().get(forward.target().toString());
                    String ownerBack = b.owners().get(back.target().toString());
                    if (!Objects.equals(ownerForward, ownerBack)) {
                        add(problems, bName, new TemplateProblem(files.get(bName), back.line(), "pair '" + a.pair()
                                + "': owner of " + back.target() + " is " + label(ownerBack) + " here but "
                                + label(ownerForward) + " for " + forward.target() + " in " + a.id()
                                + " (line " + forward.line() + "); both directions must agree"));
                    }
                }
            }
        }
    }

    private static String label(String owner) {
        return owner == null ? "nobody (last writer wins)" : owner;
    }

    private static void add(Map<String, List<TemplateProblem>> problems, String name, TemplateProblem problem) {
        problems.computeIfAbsent(name, key -> new ArrayList<>()).add(problem);
    }
}
