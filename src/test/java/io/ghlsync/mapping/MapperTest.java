package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The mapper as flows use it: per-location customers, ownership, failures kept to one record, reloads. */
class MapperTest {

    @TempDir
    Path temp;

    private static final String NOTE_TEMPLATE = """
            source: app-note
            target: ghl-note-write
            fields:
              body: body
              title:
                value: %s
            """;

    @Test
    void eachLocationUsesItsCustomersTemplatesAndOthersUseDefault() {
        Mapper mapper = Mapper.load(TemplateFolder.SHIPPED, Map.of("bristol-location", "example-gym"));
        JsonNode contact = TemplateFolder.json("""
                {"email": "a@example.com", "phone": "07911 123456", "tags": ["frozen"]}""");

        JsonNode gym = mapper.map("bristol-location", "ghl-contact-to-pushpress-customer", contact).output();
        JsonNode other = mapper.map("boston-location", "ghl-contact-to-pushpress-customer", contact).output();

        assertThat(mapper.customerFor("bristol-location")).isEqualTo("example-gym");
        assertThat(mapper.customerFor("boston-location")).isEqualTo("default");
        assertThat(gym.get("phone").asText()).isEqualTo("+447911123456");
        assertThat(gym.get("role").asText()).isEqualTo("member");
        assertThat(other.has("phone")).isFalse();
        assertThat(other.get("role").asText()).isEqualTo("lead");
    }

    @Test
    void theMirrorCanAskWhichSideOwnsAFieldOfAPair() {
        Mapper mapper = Mapper.load(TemplateFolder.SHIPPED, Map.of("bristol-location", "example-gym"));

        FieldOwnership contact = mapper.ownership("any-location", "contact");

        assertThat(contact.ownerOf("pushpress", "email")).contains("ghl");
        assertThat(contact.ownerOf("pushpress", "role")).contains("pushpress");
        assertThat(contact.ownerOf("ghl", "customFields[emergency_contact_phone]")).contains("pushpress");
        assertThat(contact.ownerOf("pushpress", "address.city")).isEmpty();
        assertThat(mapper.owner("bristol-location", "contact", "pushpress", "name.nickname")).contains("pushpress");
        assertThat(mapper.owner("any-location", "task", "app", "status")).isEmpty();
    }

    @Test
    void aRecordThatFailsNamesTemplateFieldAndProblemAndLeavesTheNextRecordUnaffected() {
        Mapper mapper = Mapper.load(TemplateFolder.SHIPPED, Map.of());

        assertThatThrownBy(() -> mapper.map(null, "ghl-contact-to-pushpress-customer",
                TemplateFolder.json("{\"email\": \"not an address\"}")))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.template()).isEqualTo("default/ghl-contact-to-pushpress-customer");
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.problem()).isEqualTo("'not an address' is not an email address");
                });
        assertThat(mapper.map(null, "ghl-contact-to-pushpress-customer",
                TemplateFolder.json("{\"email\": \"ok@example.com\"}")).output().get("email").asText()).isEqualTo("ok@example.com");
    }

    @Test
    void aRequiredFieldThatTheTargetNeedsFailsTheRecordWhenTheSourceLacksIt() {
        Mapper mapper = Mapper.load(TemplateFolder.SHIPPED, Map.of());

        assertThatThrownBy(() -> mapper.map(null, "app-task-to-ghl-task", TemplateFolder.json("{\"title\": \"Call\"}")))
                .isInstanceOf(MappingException.class)
                .hasMessage("template default/app-task-to-ghl-task, field dueDate: required but missing");
    }

    @Test
    void aValidEditIsSwappedInOnReload() {
        TemplateFolder folder = new TemplateFolder(temp).template("note", NOTE_TEMPLATE.formatted("First"));
        Mapper mapper = folder.load();

        folder.template("note", NOTE_TEMPLATE.formatted("Second"));
        assertThat(mapper.reload()).containsExactly("default");

        assertThat(mapper.map(null, "note", TemplateFolder.json("{\"body\": \"b\"}")).output().get("title").asText())
                .isEqualTo("Second");
    }

    @Test
    void anInvalidEditKeepsThePreviousVersionRunningAndSaysWhy() {
        TemplateFolder folder = new TemplateFolder(temp).template("note", NOTE_TEMPLATE.formatted("First"));
        Mapper mapper = folder.load();

        folder.template("note", NOTE_TEMPLATE.formatted("First").replace("body: body", "body: bodyy"));
        mapper.reload();

        assertThat(mapper.map(null, "note", TemplateFolder.json("{\"body\": \"b\"}")).output().get("title").asText())
                .isEqualTo("First");
        assertThat(mapper.problems(List.of("default"))).extracting(TemplateProblem::toString)
                .containsExactly("mappings/default/note.yaml:4: 'bodyy': app-note has no field 'bodyy' (did you mean 'body'?)");
    }

    @Test
    void anUnchangedFolderIsNotReloaded() {
        Mapper mapper = new TemplateFolder(temp).template("note", NOTE_TEMPLATE.formatted("First")).load();

        assertThat(mapper.reload()).isEmpty();
    }

    @Test
    void jsonataRulesGiveEachRecordItsOwnResultAcrossThreads() throws Exception {
        Mapper mapper = new TemplateFolder(temp).template("note", """
                source: app-note
                target: ghl-note-write
                fields:
                  body:
                    expression: "body & ' #' & $string($count($split(title, ' ')))"
                  title:
                    from: title
                    transform: { expression: "$uppercase($)" }
                """).load();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                checks.add(pool.submit(() -> {
                    String title = "t" + " x".repeat(n % 7);
                    JsonNode out = mapper.map(null, "note", TemplateFolder.json(
                            "{\"body\": \"b" + n + "\", \"title\": \"" + title + "\"}")).output();
                    return out.get("body").asText().equals("b" + n + " #" + (n % 7 + 1))
                            && out.get("title").asText().equals(title.toUpperCase());
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
