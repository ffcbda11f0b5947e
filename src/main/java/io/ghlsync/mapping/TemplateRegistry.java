package io.ghlsync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every customer folder under the mappings directory, loaded and validated. Readers get an
 * immutable snapshot; a reload builds a new one and swaps it in atomically, keeping the previous
 * version of any template whose edited file is invalid.
 */
final class TemplateRegistry {

    /** Customer and template names: a folder or file name, never a path. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private static final Logger log = LoggerFactory.getLogger(TemplateRegistry.class);

    private final Path root;
    private final FolderLoader loader;
    private final AtomicReference<Map<String, CustomerMappings>> state = new AtomicReference<>(Map.of());

    TemplateRegistry(Path root, ModelCatalog models) {
        this.root = root.toAbsolutePath().normalize();
        this.loader = new FolderLoader(models);
    }

    Path root() {
        return root;
    }

    /** Loads (or reloads) every folder; returns the names of customers whose files changed. */
    synchronized List<String> reload() {
        Map<String, CustomerMappings> previous = state.get();
        Map<String, CustomerMappings> next = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (String customer : customerFolders()) {
            CustomerMappings old = previous.get(customer);
            Path folder = root.resolve(customer);
            if (old != null && old.fingerprint().equals(FolderLoader.fingerprint(folder))) {
                next.put(customer, old);
                continue;
            }
            next.put(customer, merge(old, loader.load(folder, customer)));
            changed.add(customer);
        }
        previous.keySet().stream().filter(customer -> !next.containsKey(customer)).forEach(changed::add);
        state.set(Map.copyOf(next));
        return changed;
    }

    /** @throws TemplateUnavailableException when there is no such template or it is invalid */
    Template template(String customer, String name) {
        CustomerMappings mappings = state.get().get(customer);
        Template template = mappings == null ? null : mappings.templates().get(name);
        if (template != null) {
            return template;
        }
        List<TemplateProblem> problems = mappings == null ? List.of() : mappings.problems().getOrDefault(name, List.of());
        throw new TemplateUnavailableException(customer + "/" + name, problems);
    }

    CustomerMappings customer(String customer) {
        return state.get().get(customer);
    }

    Map<String, CustomerMappings> snapshot() {
        return state.get();
    }

    /**
     * The new load, except that a template whose file became invalid keeps its previous version:
     * an edit in progress must never take a running flow's template away.
     */
    private static CustomerMappings merge(CustomerMappings old, CustomerMappings fresh) {
        Map<String, Template> templates = new HashMap<>(fresh.templates());
        fresh.problems().forEach((name, problems) -> {
            Template kept = old == null ? null : old.templates().get(name);
            if (kept != null) {
                templates.put(name, kept);
            }
            log.error("Mapping template {}/{} is invalid{}:\n  {}", fresh.customer(), name,
                    kept != null ? " — the previous version stays in use" : " and will not be used",
                    String.join("\n  ", problems.stream().map(TemplateProblem::toString).toList()));
        });
        fresh.templates().keySet().forEach(name -> {
            if (old != null) {
                log.info("Mapping template {}/{} loaded", fresh.customer(), name);
            }
        });
        return new CustomerMappings(fresh.customer(), templates, fresh.problems(), fresh.fingerprint());
    }

    private List<String> customerFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the mappings folder " + root, e);
        }
    }
}
