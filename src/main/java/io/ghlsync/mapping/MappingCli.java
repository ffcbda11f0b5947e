package io.ghlsync.mapping;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ghl-sync.jar mapping …}: check templates before deploying them, without
 * starting the web server, the database or any sync.
 *
 * <pre>
 * mapping preview &lt;customer&gt; &lt;template&gt; [sample.json] [--mappings=DIR] [--location=ID]
 * mapping check [customer…] [--mappings=DIR]
 * </pre>
 *
 * Exit codes: 0 fine; 1 an invalid or unknown template; 2 wrong usage or an unreadable sample;
 * 3 the sample could not be mapped (a required field failed).
 */
public final class MappingCli {

    static final int OK = 0;
    static final int INVALID_TEMPLATE = 1;
    static final int USAGE = 2;
    static final int RECORD_FAILED = 3;

    private static final String USAGE_TEXT = """
            usage: mapping preview <customer> <template> [sample.json] [--mappings=DIR] [--location=ID]
                   mapping check [customer...] [--mappings=DIR]
            DIR defaults to $GHLSYNC_MAPPING_DIRECTORY, else ./mappings""";

    private MappingCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        // No Spring here, so no Spring logging set-up: plain logback would print debug lines on stdout,
        // mixed into the JSON. Everything the user needs is printed explicitly below.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
        List<String> words = new ArrayList<>();
        String directory = System.getenv().getOrDefault("GHLSYNC_MAPPING_DIRECTORY", "mappings");
        String location = null;
        for (String arg : args) {
            if (arg.startsWith("--mappings=")) {
                directory = arg.substring("--mappings=".length());
            } else if (arg.startsWith("--location=")) {
                location = arg.substring("--location=".length());
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty() || !List.of("preview", "check").contains(words.get(0))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path root = Path.of(directory);
        if (!Files.isDirectory(root)) {
            err.println("mappings folder " + root.toAbsolutePath() + " does not exist (--mappings=DIR)");
            return USAGE;
        }
        Mapper mapper = Mapper.load(root, Map.of());
        if (words.get(0).equals("check")) {
            return check(mapper, words.subList(1, words.size()), out, err);
        }
        if (words.size() < 3 || words.size() > 4) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return preview(mapper, root, words, location, out, err);
    }

    private static int preview(Mapper mapper, Path root, List<String> words, String location, PrintStream out,
            PrintStream err) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode sample = words.size() == 4 ? json.readTree(Path.of(words.get(3)).toFile()) : null;
            JsonNode answer = new Preview(mapper, new BundledSamples(root)).run(words.get(1), words.get(2), sample, location);
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            return OK;
        } catch (IOException e) {
            err.println("cannot read the sample " + words.get(3) + ": " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (TemplateUnavailableException e) {
            err.println(e.getMessage());
            return INVALID_TEMPLATE;
        } catch (MappingException e) {
            err.println("the sample cannot be mapped: " + e.getMessage());
            return RECORD_FAILED;
        }
    }

    private static int check(Mapper mapper, List<String> customers, PrintStream out, PrintStream err) {
        List<String> names = customers.isEmpty() ? mapper.allCustomers() : customers;
        List<TemplateProblem> problems = mapper.problems(names);
        problems.forEach(err::println);
        for (String customer : names) {
            out.println(customer + ": " + mapper.templates(customer).size() + " valid template(s) " + mapper.templates(customer));
        }
        return problems.isEmpty() ? OK : INVALID_TEMPLATE;
    }
}
