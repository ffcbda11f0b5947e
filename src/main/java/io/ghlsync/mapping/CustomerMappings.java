package io.ghlsync.mapping;

import java.util.List;
import java.util.Map;

/**
 * The loaded state of one customer folder: the templates in use and, for templates whose file is
 * invalid, what is wrong with it. After a bad edit under hot reload a name can be in both: the
 * previous valid version stays in use while the problems explain why the edit was refused.
 *
 * @param fingerprint a hash of the folder's files, to notice changes
 */
record CustomerMappings(String customer, Map<String, Template> templates, Map<String, List<TemplateProblem>> problems,
        String fingerprint) {

    CustomerMappings {
        templates = Map.copyOf(templates);
        problems = Map.copyOf(problems);
    }
}
