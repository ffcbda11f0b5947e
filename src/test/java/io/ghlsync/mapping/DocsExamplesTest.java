package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every rule-syntax example of docs/mappings.md and README.md is run: its template against the
 * shipped default customer.yaml and custom-fields.yaml, its input, and the output (and warnings)
 * or error it shows. An example is a ```yaml template block followed by ```json input and then
 * ```json output (optionally ```text warnings) or ```text error.
 */
class DocsExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```(yaml template|json input|json output|text warnings|text error)\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path temp;

    record Example(String file, int number, String template, String input, String output, String warnings, String error) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleGivesTheDocumentedResult() {
        List<Example> examples = new ArrayList<>();
        examples.addAll(examples("docs/mappings.md"));
        examples.addAll(examples("README.md"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.file() + " example " + example.number(),
                () -> run(example)));
    }

    private void run(Example example) {
        Mapper mapper = new TemplateFolder(temp.resolve("ex" + example.number() + example.file().length()))
                .template("example", example.template()).load();
        assertThat(mapper.problems(List.of("default"))).as("the example template loads").isEmpty();
        JsonNode input = TemplateFolder.json(example.input());
        if (example.error() != null) {
            assertThatThrownBy(() -> mapper.map("loc-123", "example", input))
                    .isInstanceOf(MappingException.class).hasMessage(example.error().strip());
            return;
        }
        MappingResult result = mapper.map("loc-123", "example", input);
        assertThat(result.output()).isEqualTo(TemplateFolder.json(example.output()));
        List<String> warnings = result.warnings().stream().map(FieldWarning::toString).toList();
        assertThat(warnings).isEqualTo(example.warnings() == null ? List.of() : example.warnings().strip().lines().toList());
    }

    private static List<Example> examples(String file) {
        Matcher blocks = BLOCK.matcher(TemplateFolder.read(Path.of(file)));
        List<Example> examples = new ArrayList<>();
        String template = null;
        String input = null;
        String output = null;
        String warnings = null;
        while (blocks.find()) {
            String kind = blocks.group(1);
            String text = blocks.group(2);
            switch (kind) {
                case "yaml template" -> {
                    addIfComplete(examples, file, template, input, output, warnings, null);
                    template = text;
                    input = output = warnings = null;
                }
                case "json input" -> input = text;
                case "json output" -> output = text;
                case "text warnings" -> warnings = text;
                default -> {
                    examples.add(new Example(file, examples.size() + 1, template, input, null, null, text));
                    template = null;
                }
            }
        }
        addIfComplete(examples, file, template, input, output, warnings, null);
        return examples;
    }

    private static void addIfComplete(List<Example> examples, String file, String template, String input, String output,
            String warnings, String error) {
        if (template != null && input != null && output != null) {
            examples.add(new Example(file, examples.size() + 1, template, input, output, warnings, error));
        }
    }
}
