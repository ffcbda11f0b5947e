package io.ghlsync.mapping;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads one customer folder, {@code mappings/<customer>/}: {@code customer.yaml} (settings and
 * lookups), {@code custom-fields.yaml} (HighLevel custom-field catalog), and every other
 * {@code *.yaml} as a template named after its file. Nothing here throws for a bad file: every
 * problem ends up in {@link CustomerMappings#problems()} with its file and line.
 */
final class FolderLoader {

    static final String SETTINGS_FILE = "customer.yaml";
    static final String CUSTOM_FIELDS_FILE = "custom-fields.yaml";

    private final ModelCatalog models;

    FolderLoader(ModelCatalog models) {
        this.models = models;
    }

    CustomerMappings load(Path folder, String customer) {
        String label = folder.getParent().getFileName() + "/" + customer + "/";
        Problems shared = new Problems(label + SETTINGS_FILE);
        CustomerSettings settings = CustomerSettings.load(parse(folder.resolve(SETTINGS_FILE), shared), shared);
        Problems catalogProblems = new Problems(label + CUSTOM_FIELDS_FILE);
        CustomFieldCatalog customFields = CustomFieldCatalog.load(parse(folder.resolve(CUSTOM_FIELDS_FILE), catalogProblems),
                catalogProblems);

        Map<String, Template> templates = new HashMap<>();
        Map<String, List<TemplateProblem>> problems = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (Path file : templateFiles(folder)) {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            files.put(name, label + file.getFileName());
            Problems templateProblems = new Problems(label + file.getFileName());
            if (!shared.isEmpty() || !catalogProblems.isEmpty()) {
                problems.put(name, Stream.concat(shared.list().stream(), catalogProblems.list().stream()).toList());
                continue;
            }
            YamlNode root = parse(file, templateProblems);
            Template template = templateProblems.isEmpty()
                    ? new TemplateCompiler(models, settings, customFields, templateProblems).compile(customer + "/" + name, root)
                    : null;
            if (template == null) {
                problems.put(name, templateProblems.list());
            } else {
                templates.put(name, template);
            }
        }
        PairCheck.check(templates, files).forEach((name, pairProblems) -> {
            templates.remove(name);
            problems.put(name, pairProblems);
        });
        return new CustomerMappings(customer, templates, problems, fingerprint(folder));
    }

    /** A hash of the folder's top-level files, names and contents, so hot reload can tell what changed. */
    static String fingerprint(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Path> templateFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .filter(file -> !List.of(SETTINGS_FILE, CUSTOM_FIELDS_FILE).contains(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list mapping folder " + folder, e);
        }
    }

    /** The file's root node, null when the file is absent or empty; syntax errors become problems. */
    private static YamlNode parse(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return YamlNode.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            // The one trap of our path syntax: "customFields[x]" inside { } or [ ] reads as a YAML list.
            String hint = String.valueOf(e.getProblem()).endsWith("but got [") || String.valueOf(e.getProblem()).endsWith("but got ]")
                    ? " (a path with [ ] inside { } or [ ] must be quoted: \"customFields[x]\")" : "";
            problems.add(line, "YAML syntax: " + e.getProblem() + hint);
        } catch (YAMLException e) {
            problems.add(1, "YAML syntax: " + e.getMessage());
        } catch (IOException e) {
            problems.add(1, "cannot read the file: " + e.getMessage());
        }
        return null;
    }
}
