package io.ghlsync.sandbox.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.SyncAppTest;

/** The seeded location: deterministic, and as varied as a real gym's contact list. */
@SyncAppTest
class GhlSeedingTest {

    private static final Instant ANCHOR = Instant.parse("2026-06-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private List<ObjectNode> seeded;

    @BeforeEach
    void seededContacts() {
        ghl = SimulatorHttp.forPort(port);
        seeded = simulator.contacts(simulator.locationId());
    }

    @Test
    void theConfiguredNumberOfContactsIsSeededInTheSandboxLocation() {
        assertThat(simulator.locationId()).isEqualTo("sandbox-location");
        assertThat(seeded).hasSize(20);
    }

    @Test
    void theSameSeedGivesTheSameIdsAndData() {
        assertThat(seed(42)).isEqualTo(seed(42));
    }

    @Test
    void anotherSeedGivesOtherContacts() {
        assertThat(seed(7).get(0).get("id")).isNotEqualTo(seed(42).get(0).get("id"));
    }

    @Test
    void resetThroughTheControlApiSeedsTheSameContactsAgain() {
        List<String> before = ids(seeded);

        assertThat(ghl.withHeaders().post("/_sim/reset", "{\"seedContacts\":20,\"seed\":42}").status()).isEqualTo(200);

        assertThat(ids(simulator.contacts(simulator.locationId()))).isEqualTo(before);
    }

    @Test
    void namesUseAccentedLatinPolishGreekCyrillicAndCjkLetters() {
        String names = seeded.stream().map(contact -> contact.get("name").asText()).collect(Collectors.joining(" "));
        Set<UnicodeScript> scripts = names.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of)
                .collect(Collectors.toSet());

        assertThat(scripts).contains(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC);
        assertThat(scripts).containsAnyOf(UnicodeScript.HAN, UnicodeScript.HANGUL);
        assertThat(names).containsPattern("[ŁłŚśĄąŻżŃńĘęÓó]").containsPattern("[éëèüöøåíáñç]");
    }

    @Test
    void everyCustomFieldTypeHasValues() {
        Set<String> typesSeen = seeded.stream().flatMap(contact -> StreamSupport.stream(contact.get("customFields").spliterator(), false))
                .map(field -> typeOf(field.get("id").asText())).collect(Collectors.toSet());

        assertThat(typesSeen).containsExactlyInAnyOrder("TEXT", "LARGE_TEXT", "SINGLE_OPTIONS", "RADIO", "NUMERICAL",
                "MONETORY", "CHECKBOX", "MULTIPLE_OPTIONS", "FILE_UPLOAD");
    }

    @Test
    void phonesComeInE164AndInLocalFormats() {
        List<String> phones = seeded.stream().filter(contact -> contact.has("phone"))
                .map(contact -> contact.get("phone").asText()).toList();

        assertThat(phones).anyMatch(phone -> phone.matches("\\+[1-9]\\d{7,14}"));
        assertThat(phones).anyMatch(phone -> phone.matches("\\(\\d{3}\\) \\d{3}-\\d{4}"));
        assertThat(phones).anyMatch(phone -> phone.matches("0\\d{3} \\d{7}"));
    }

    @Test
    void tasksIncludeCompletedOverdueAndUpcomingOnes() {
        List<JsonNode> tasks = seeded.stream().flatMap(contact -> StreamSupport.stream(
                ghl.get("/contacts/" + contact.get("id").asText() + "/tasks").json().get("tasks").spliterator(), false))
                .toList();
        Instant now = Instant.now();

        assertThat(tasks).anyMatch(task -> task.get("completed").asBoolean());
        assertThat(tasks).anyMatch(task -> !task.get("completed").asBoolean()
                && Instant.parse(task.get("dueDate").asText()).isBefore(now));
        assertThat(tasks).anyMatch(task -> Instant.parse(task.get("dueDate").asText()).isAfter(now));
    }

    @Test
    void notesAndAppointmentsAreSeeded() {
        String first = seeded.stream().map(contact -> contact.get("id").asText())
                .filter(id -> !ghl.get("/contacts/" + id + "/notes").json().get("notes").isEmpty()).findFirst().orElse(null);
        boolean appointments = seeded.stream().anyMatch(contact -> !ghl.get("/contacts/" + contact.get("id").asText()
                + "/appointments").json().get("events").isEmpty());

        assertThat(first).isNotNull();
        assertThat(appointments).isTrue();
    }

    @Test
    void datesSpreadOverThePastMonths() {
        List<Instant> added = seeded.stream().map(contact -> Instant.parse(contact.get("dateAdded").asText())).toList();

        assertThat(added).allMatch(date -> date.isBefore(Instant.now()));
        assertThat(added.stream().min(Instant::compareTo).orElseThrow()).isBefore(Instant.now().minus(Duration.ofDays(30)));
        assertThat(seeded).allMatch(contact -> contact.get("dateUpdated").asText().compareTo(contact.get("dateAdded").asText()) >= 0);
    }

    @Test
    void theCustomFieldCatalogIsListedWithIdKeyNameAndType() {
        JsonNode catalog = ghl.withHeaders().get("/_sim/custom-fields").json();

        assertThat(catalog.get("locationId").asText()).isEqualTo("sandbox-location");
        assertThat(catalog.get("customFields")).hasSize(14); // nine value types, five the default templates name
        assertThat(catalog.findValuesAsText("key")).contains("contact.emergency_contact_name", "contact.pushpress_id");
        assertThat(catalog.at("/customFields/0/key").asText()).startsWith("contact.");
        catalog.get("customFields").forEach(field -> assertThat(field.fieldNames()).toIterable()
                .contains("id", "key", "name", "dataType", "options"));
    }

    /** A seeding into a location of its own, so that the shared sandbox location is left alone. */
    private static List<JsonNode> seed(long seed) {
        LocationData location = new LocationData("seed-test", new ConcurrentHashMap<>());
        Seeder.seed(location, 20, seed, ANCHOR.truncatedTo(ChronoUnit.DAYS));
        return location.inListOrder().stream().map(key -> (JsonNode) ContactJson.full(location.contact(key.id()).orElseThrow())
                .set("tasks", SimulatorHttp.JSON.valueToTree(location.contact(key.id()).orElseThrow().activity().tasks()
                        .values().stream().map(SimTask::toJson).toList()))).toList();
    }

    private String typeOf(String fieldId) {
        return simulator.customFields(simulator.locationId()).stream().filter(field -> field.id().equals(fieldId))
                .findFirst().orElseThrow().dataType();
    }

    private static List<String> ids(List<ObjectNode> contacts) {
        return contacts.stream().map(contact -> contact.get("id").asText()).toList();
    }
}
