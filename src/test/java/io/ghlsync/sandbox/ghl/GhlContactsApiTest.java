package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** Contact create, read, update, upsert, delete and tags, with the traps of contacts.json. */
@SyncAppTest
class GhlContactsApiTest {

    private static final String ISO_MILLIS_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @LocalServerPort
    int port;

    private SimulatorHttp ghl;
    private final String location = "contacts-" + UUID.randomUUID();

    @BeforeEach
    void client() {
        ghl = SimulatorHttp.forPort(port);
    }

    @Test
    void createAnswers201WithTheCreatedContactAndItsDates() {
        Reply reply = ghl.post("/contacts/", json("{'locationId':'" + location + "','firstName':'Zoë','lastName':'Łukasiewicz',"
                + "'email':'Zoe.L@Example.com'}"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode contact = reply.json().get("contact");
        assertThat(contact.get("id").asText()).matches("[A-Za-z0-9]{20}");
        assertThat(contact.get("dateAdded").asText()).matches(ISO_MILLIS_UTC).isEqualTo(contact.get("dateUpdated").asText());
        assertThat(contact.get("emailLowerCase").asText()).isEqualTo("zoe.l@example.com");
        assertThat(contact.get("firstNameLowerCase").asText()).isEqualTo("zoë");
        assertThat(contact.get("fullNameLowerCase").asText()).isEqualTo("zoë łukasiewicz");
        assertThat(contact.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void createIsAlsoServedWithoutTheTrailingSlash() {
        assertThat(ghl.post("/contacts", json("{'locationId':'" + location + "','firstName':'Ann'}")).status()).isEqualTo(201);
    }

    @Test
    void createWithoutLocationIdIsRefusedWithTheMessagesAsAnArray() {
        Reply reply = ghl.post("/contacts/", json("{'firstName':'Ann'}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").isArray()).isTrue();
        assertThat(reply.json().get("message").toString()).contains("locationId should not be empty");
        assertThat(reply.json().get("error").asText()).isEqualTo("Unprocessable Entity");
    }

    @Test
    void aPropertyTheDtoDoesNotHaveIsRefused() {
        String id = create("{'firstName':'Ann'}");

        Reply reply = ghl.put("/contacts/" + id, json("{'first_name':'Anne'}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("property first_name should not exist");
    }

    @Test
    void customFieldsAreWrittenByKeyWithFieldValueAndReadAsIdAndValue() {
        String id = create("{'customFields':[{'key':'contact.membership_level','field_value':'Gold'},"
                + "{'key':'visits_per_week','field_value':3},{'key':'interests','field_value':['Yoga','HIIT']}]}");

        JsonNode fields = ghl.get("/contacts/" + id).json().at("/contact/customFields");

        CustomFieldCatalog catalog = CustomFieldCatalog.standard(location);
        assertThat(fields).hasSize(3);
        assertThat(fields.get(0).get("id").asText()).isEqualTo(catalog.find("membership_level").orElseThrow().id());
        assertThat(fields.get(0).get("value").asText()).isEqualTo("Gold");
        assertThat(fields.get(1).get("value").asInt()).isEqualTo(3);
        assertThat(fields.get(2).get("value").toString()).isEqualTo("[\"Yoga\",\"HIIT\"]");
        assertThat(fields.get(0).has("field_value")).isFalse();
    }

    @Test
    void anUnknownCustomFieldIsRefused() {
        Reply reply = ghl.post("/contacts/", json("{'locationId':'" + location + "','customFields':[{'key':'shoe_size','field_value':'44'}]}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("unknown custom field 'shoe_size'");
    }

    @Test
    void aCustomFieldValueOfTheWrongTypeIsRefused() {
        Reply reply = ghl.post("/contacts/", json("{'locationId':'" + location + "','customFields':"
                + "[{'key':'visits_per_week','field_value':'often'}]}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("must be a number for contact.visits_per_week");
    }

    @Test
    void updateAnswersSucededWithTheContactAndMovesDateUpdated() {
        String id = create("{'firstName':'Ann'}");
        String added = ghl.get("/contacts/" + id).json().at("/contact/dateAdded").asText();

        Reply reply = ghl.put("/contacts/" + id, json("{'lastName':'Lee','city':'Kraków'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("succeded").asBoolean()).isTrue();
        assertThat(reply.json().at("/contact/city").asText()).isEqualTo("Kraków");
        assertThat(reply.json().at("/contact/dateAdded").asText()).isEqualTo(added);
        assertThat(reply.json().at("/contact/dateUpdated").asText()).isGreaterThanOrEqualTo(added);
    }

    @Test
    void tagsOnUpdateReplaceAllTags() {
        String id = create("{'tags':['lead','trial']}");

        ghl.put("/contacts/" + id, json("{'tags':['member']}"));

        assertThat(ghl.get("/contacts/" + id).json().at("/contact/tags").toString()).isEqualTo("[\"member\"]");
    }

    @Test
    void addTagsAnswers201AndKeepsTagsTrimmedAndLowerCase() {
        String id = create("{'tags':['lead']}");

        Reply reply = ghl.post("/contacts/" + id + "/tags", json("{'tags':['VIP ','lead']}"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("tags").toString()).isEqualTo("[\"lead\",\"vip\"]");
    }

    @Test
    void removeTagsIsADeleteWithAJsonBody() {
        String id = create("{'tags':['lead','vip']}");

        Reply reply = ghl.delete("/contacts/" + id + "/tags", json("{'tags':['lead']}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("tags").toString()).isEqualTo("[\"vip\"]");
    }

    @Test
    void deleteAnswersSucededAndTheContactIsGone() {
        String id = create("{'firstName':'Ann'}");

        Reply reply = ghl.delete("/contacts/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("succeded").asBoolean()).isTrue();
        Reply gone = ghl.get("/contacts/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().toString()).isEqualTo("{\"statusCode\":404,\"message\":\"Contact not found\"}");
    }

    @Test
    void upsertUpdatesTheContactWithTheSameEmailIgnoringCase() {
        String id = create("{'email':'Pat@Example.com','firstName':'Pat'}");

        Reply reply = ghl.post("/contacts/upsert", json("{'locationId':'" + location + "','email':'pat@example.COM','lastName':'Doe'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("new").asBoolean()).isFalse();
        assertThat(reply.json().at("/contact/id").asText()).isEqualTo(id);
        assertThat(reply.json().at("/contact/firstName").asText()).isEqualTo("Pat");
        assertThat(reply.json().get("traceId").asText()).isNotBlank();
    }

    @Test
    void upsertMatchesAPhoneWrittenInAnotherFormat() {
        String id = create("{'phone':'(555) 123-4567'}");

        Reply reply = ghl.post("/contacts/upsert", json("{'locationId':'" + location + "','phone':'+15551234567'}"));

        assertThat(reply.json().get("new").asBoolean()).isFalse();
        assertThat(reply.json().at("/contact/id").asText()).isEqualTo(id);
    }

    @Test
    void upsertCreatesAContactWhenNoneMatches() {
        Reply reply = ghl.post("/contacts/upsert", json("{'locationId':'" + location + "','email':'new@example.com'}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("new").asBoolean()).isTrue();
        assertThat(ghl.get("/contacts/" + reply.json().at("/contact/id").asText()).status()).isEqualTo(200);
    }

    @Test
    void aSecondContactWithTheSameEmailIsRefusedNamingTheFirst() {
        String id = create("{'email':'twin@example.com','firstName':'Twin'}");

        Reply reply = ghl.post("/contacts/", json("{'locationId':'" + location + "','email':'TWIN@example.com'}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("This location does not allow duplicated contacts.");
        assertThat(reply.json().at("/meta/contactId").asText()).isEqualTo(id);
        assertThat(reply.json().at("/meta/matchingField").asText()).isEqualTo("email");
    }

    @Test
    void dateOfBirthAcceptsTheDocumentedLayoutsAndReadsBackAsIso() {
        String id = create("{'dateOfBirth':'09/25/1990'}");

        assertThat(ghl.get("/contacts/" + id).json().at("/contact/dateOfBirth").asText()).isEqualTo("1990-09-25T00:00:00.000Z");
        assertThat(ghl.put("/contacts/" + id, json("{'dateOfBirth':'1990.09.26'}")).json()
                .at("/contact/dateOfBirth").asText()).isEqualTo("1990-09-26T00:00:00.000Z");
        assertThat(ghl.put("/contacts/" + id, json("{'dateOfBirth':'26th of September'}")).status()).isEqualTo(422);
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        String id = create("{'firstName':'Ann'}");

        Reply reply = ghl.put("/contacts/" + id, "{\"firstName\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("statusCode").asInt()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith("Malformed JSON body");
    }

    @Test
    void aPathThatNoOperationHasIs404() {
        Reply reply = ghl.get("/contacts/abc/unknown/thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("Cannot GET /contacts/abc/unknown/thing");
    }

    private String create(String fields) {
        String body = json(fields).replaceFirst("\\{", "{\"locationId\":\"" + location + "\"" + (fields.equals("{}") ? "" : ","));
        Reply reply = ghl.post("/contacts/", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.json().at("/contact/id").asText();
    }
}
