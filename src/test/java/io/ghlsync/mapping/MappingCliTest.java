package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ghlsync.RunMode;

/** {@code java -jar ghl-sync.jar mapping …}, and the live-mode start-up refusal of invalid templates. */
class MappingCliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return MappingCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void previewPrintsTheOutputOfTheBundledSample() {
        assertThat(cli("preview", "default", "ghl-contact-to-pushpress-customer")).isEqualTo(MappingCli.OK);

        var answer = TemplateFolder.json(out.toString(StandardCharsets.UTF_8));
        assertThat(answer.get("output").get("email").asText()).isEqualTo("zoe.angstrom@example.com");
        assertThat(answer.get("output").get("phone").asText()).isEqualTo("+14155550132");
        assertThat(answer.get("warnings")).isEmpty();
    }

    @Test
    void previewMapsASampleFileAndShowsWarnings() throws Exception {
        Path sample = Files.writeString(temp.resolve("lead.json"), "{\"email\": \"a@example.com\", \"phone\": \"12\"}");

        assertThat(cli("preview", "default", "ghl-contact-to-pushpress-lead", sample.toString())).isEqualTo(MappingCli.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"source\" : \"PLATFORM\"")
                .contains("'12' is not a valid phone number (region US); left out");
    }

    @Test
    void anInvalidTemplateExitsWithOneAndItsProblems() {
        TemplateFolder folder = new TemplateFolder(temp).template("bad", "source: ghl-contact\ntarget: nowhere\nfields: {}\n");

        int code = cli("preview", "default", "bad", "--mappings=" + folder.root);

        assertThat(code).isEqualTo(MappingCli.INVALID_TEMPLATE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mappings/default/bad.yaml:2: unknown model 'nowhere'");
    }

    @Test
    void checkExitsWithOneWhenAnyTemplateIsInvalidAndZeroForTheShippedOnes() {
        TemplateFolder folder = new TemplateFolder(temp).template("bad", "source: ghl-contact\n");

        assertThat(cli("check", "--mappings=" + folder.root)).isEqualTo(MappingCli.INVALID_TEMPLATE);
        assertThat(cli("check")).isEqualTo(MappingCli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("example-gym: 9 valid template(s)");
    }

    @Test
    void aSampleThatFailsARequiredFieldExitsWithThree() throws Exception {
        Path sample = Files.writeString(temp.resolve("bad.json"), "{\"email\": \"nobody\"}");

        assertThat(cli("preview", "default", "ghl-contact-to-pushpress-customer", sample.toString())).isEqualTo(MappingCli.RECORD_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("field email: 'nobody' is not an email address");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(cli()).isEqualTo(MappingCli.USAGE);
        assertThat(cli("preview", "../etc", "passwd")).isEqualTo(MappingCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: mapping preview").contains("customer must be a plain name");
    }

    @Test
    void liveModeRefusesToStartWithAnInvalidActiveTemplate() {
        TemplateFolder folder = new TemplateFolder(temp).template("bad", "source: ghl-contact\ntarget: nowhere\nfields: {}\n");
        MappingProperties properties = new MappingProperties(folder.root.toString(), Map.of(), false, java.time.Duration.ofSeconds(2));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MappingConfiguration().mapper(properties, RunMode.LIVE.propertyValue()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start in live mode with invalid mapping templates")
                .hasMessageContaining("mappings/default/bad.yaml:2: unknown model 'nowhere'");
    }

    @Test
    void sandboxModeStartsAndLeavesTheInvalidTemplateUnused() {
        TemplateFolder folder = new TemplateFolder(temp).template("bad", "source: ghl-contact\ntarget: nowhere\nfields: {}\n");
        MappingProperties properties = new MappingProperties(folder.root.toString(), Map.of(), false, java.time.Duration.ofSeconds(2));

        Mapper mapper = new MappingConfiguration().mapper(properties, RunMode.SANDBOX.propertyValue());

        assertThat(mapper.templates("default")).doesNotContain("bad");
    }
}
