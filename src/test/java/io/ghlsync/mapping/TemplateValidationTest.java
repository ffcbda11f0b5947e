package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template with a mistake is refused when it loads, and every problem names its file and line. */
class TemplateValidationTest {

    private static final String FILE = "mappings/default/broken.yaml";

    @TempDir
    Path temp;

    private List<String> problems(String yaml) {
        Mapper mapper = new TemplateFolder(temp).template("broken", yaml).load();
        assertThatThrownBy(() -> mapper.map(null, "broken", TemplateFolder.json("{}")))
                .isInstanceOf(TemplateUnavailableException.class);
        return mapper.problems(List.of("default")).stream().map(TemplateProblem::toString).toList();
    }

    @Test
    void anUnknownTransformIsRefusedWithAHint() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  email:
                    from: email
                    transform: emial
                """)).containsExactly(FILE + ":6: unknown transform 'emial' (did you mean 'email'?); known: date, email, "
                + "expression, first-name, first-present, full-name, join, last-name, lookup, lowercase, number, phone, split, "
                + "text, trim, truncate, uppercase");
    }

    @Test
    void aSourcePathTheSourceModelDoesNotHaveIsRefused() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  email: emailAddress
                  address.city: address.city
                """)).containsExactly(
                FILE + ":4: 'emailAddress': ghl-contact has no field 'emailAddress'",
                FILE + ":5: 'address.city': ghl-contact has no field 'address' (did you mean 'address1'?)");
    }

    @Test
    void aTargetFieldTheTargetDoesNotAcceptIsRefused() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  name.middle: firstName
                  mobile: phone
                """)).containsExactly(
                FILE + ":4: pushpress-customer does not accept a field 'name.middle'",
                FILE + ":5: pushpress-customer does not accept a field 'mobile'");
    }

    @Test
    void aListIntoATextFieldIsATypeMismatch() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  email: tags
                  phone:
                    from: dnd
                    transform: phone
                """)).containsExactly(
                FILE + ":4: type mismatch: email takes text but this rule gives a list",
                FILE + ":7: transform 'phone' cannot take true/false");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  email: email
                    phone: phone
                """)).singleElement().asString().startsWith(FILE + ":5: YAML syntax: mapping values are not allowed here");
    }

    @Test
    void aConstantTheTargetDoesNotAllowIsRefused() {
        assertThat(problems("""
                source: ghl-event
                target: push-notification
                fields:
                  title: type
                  body: type
                  sound:
                    value: loud
                  channel:
                    value: front desk
                """)).containsExactly(
                FILE + ":7: sound: 'loud' is not one of [default, arcade, correct, fail, harp, reveal, bubble, doorbell, "
                        + "flute, money, scifi, clear, elevator, guitar, pop]",
                FILE + ":9: channel: 'front desk' does not match [A-Za-z0-9-]+");
    }

    @Test
    void aRequiredTargetFieldWithoutARuleIsRefused() {
        assertThat(problems("""
                source: app-task
                target: ghl-task-write
                fields:
                  title: title
                """)).containsExactly(
                FILE + ":4: ghl-task-write requires 'dueDate': add a rule for it",
                FILE + ":4: ghl-task-write requires 'completed': add a rule for it");
    }

    @Test
    void unknownKeysBadJsonataAndUnknownCustomFieldsAreAllReportedAtOnce() {
        assertThat(problems("""
                source: ghl-contact
                target: pushpress-customer
                fields:
                  email:
                    form: email
                  phone:
                    expression: "$trim(phone"
                  name.nickname: customFields[favourite_colour]
                  gender:
                    from: firstName
                    transform:
                      lookup: { table: genders }
                """)).containsExactly(
                FILE + ":5: unknown key 'form' in a rule (did you mean 'from'?)",
                FILE + ":7: JSONata expression does not parse: Expected \")\" before end of expression",
                FILE + ":8: custom field 'favourite_colour' is not in this customer's custom-fields.yaml (by id, key or name)",
                FILE + ":12: lookup table 'genders' is not in customer.yaml");
    }

    @Test
    void anInvalidCustomerFileRefusesEveryTemplateOfTheFolder() {
        Mapper mapper = new TemplateFolder(temp)
                .write("default", "customer.yaml", "phone-region: Atlantis\ntime-zone: Mars/Olympus\n")
                .template("fine", "source: app-note\ntarget: ghl-note-write\nfields:\n  body: body\n")
                .load();

        assertThat(mapper.problems(List.of("default"))).extracting(TemplateProblem::toString).containsExactly(
                "mappings/default/customer.yaml:1: phone-region 'Atlantis' is not a two-letter country code libphonenumber knows (e.g. US, GB, DE)",
                "mappings/default/customer.yaml:2: time-zone 'Mars/Olympus' is not a zone id (e.g. America/New_York, Europe/London)");
        assertThat(mapper.templates("default")).isEmpty();
    }

    @Test
    void ownersThatDisagreeWithinAPairRefuseTheTemplate() {
        Mapper mapper = new TemplateFolder(temp)
                .template("a-to-b", """
                        source: app-note
                        target: ghl-note-write
                        pair: note
                        owners: { app: [body] }
                        fields:
                          body: body
                        """)
                .template("b-to-a", """
                        source: ghl-note
                        target: app-note
                        pair: note
                        owners: { ghl: [body] }
                        fields:
                          title: title
                          body: body
                        """)
                .load();

        assertThat(mapper.problems(List.of("default"))).extracting(TemplateProblem::toString).containsExactly(
                "mappings/default/b-to-a.yaml:7: pair 'note': owner of body is ghl here but app for body in default/a-to-b "
                        + "(line 6); both directions must agree");
        assertThat(mapper.templates("default")).containsExactly("a-to-b");
    }
}
