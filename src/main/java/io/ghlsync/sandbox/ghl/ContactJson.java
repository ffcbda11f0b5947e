package io.ghlsync.sandbox.ghl;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shapes a contact is read in (contacts.json): the full {@code GetContectByIdSchema} (get, update,
 * upsert, search), the create answer's {@code CreateContactSchema}, the thinner
 * {@code ContactsSearchSchema} of the deprecated list, and the flat webhook payload of
 * webhook-events/ContactCreate.md. Absent fields are left out, as HighLevel does.
 */
final class ContactJson {

    private static final List<String> FULL_FIELDS = List.of("firstName", "lastName", "email", "timezone",
            "companyName", "phone", "dnd", "dndSettings", "type", "source", "assignedTo", "address1", "city", "state",
            "country", "postalCode", "website", "dateOfBirth", "attributionSource", "lastAttributionSource");
    private static final List<String> WEBHOOK_FIELDS = List.of("address1", "city", "state", "companyName",
            "country", "source", "dateOfBirth", "dnd", "email", "firstName", "lastName", "phone", "postalCode",
            "website", "assignedTo");

    private ContactJson() {
    }

    /** {@code GetContectByIdSchema}. */
    static ObjectNode full(SimContact contact) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", contact.id());
        JsonValues.putIfPresent(json, "name", displayName(contact));
        json.put("locationId", contact.locationId());
        copy(contact, json, FULL_FIELDS);
        json.put("dnd", contact.dnd());
        JsonValues.putIfPresent(json, "emailLowerCase", lower(contact.text("email")));
        json.set("tags", tags(contact));
        json.put("dateAdded", GhlTime.format(contact.dateAdded()));
        json.put("dateUpdated", GhlTime.format(contact.dateUpdated()));
        JsonValues.putIfPresent(json, "firstNameLowerCase", lower(contact.text("firstName")));
        JsonValues.putIfPresent(json, "lastNameLowerCase", lower(contact.text("lastName")));
        JsonValues.putIfPresent(json, "fullNameLowerCase", lower(displayName(contact)));
        json.set("customFields", customFields(contact));
        JsonValues.putIfPresent(json, "businessId", contact.memberships().businessId());
        json.set("followers", JsonValues.strings(contact.memberships().followers()));
        return json;
    }

    /** {@code CreateContactSchema}: the full shape plus the flags a fresh contact starts with. */
    static ObjectNode created(SimContact contact) {
        ObjectNode json = full(contact);
        json.put("deleted", false);
        json.put("bounceEmail", false);
        json.put("unsubscribeEmail", false);
        JsonNode birth = contact.fields().get("dateOfBirth");
        if (birth != null) {
            GhlTime.parse(birth.asText()).ifPresent(date -> {
                var day = date.atZone(ZoneOffset.UTC);
                json.put("birthMonth", day.getMonthValue());
                json.put("birthDay", day.getDayOfMonth());
            });
        }
        json.putArray("offers");
        json.putArray("products");
        json.remove("followers");
        return json;
    }

    /** {@code ContactsSearchSchema}, the item of the deprecated {@code GET /contacts/} and of business lists. */
    static ObjectNode listItem(SimContact contact) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", contact.id());
        json.put("locationId", contact.locationId());
        copy(contact, json, List.of("email", "timezone", "country", "source"));
        json.put("dateAdded", GhlTime.format(contact.dateAdded()));
        json.set("customFields", customFields(contact));
        json.set("tags", tags(contact));
        JsonValues.putIfPresent(json, "businessId", contact.memberships().businessId());
        ArrayNode attributions = json.putArray("attributions");
        JsonNode attribution = contact.fields().get("attributionSource");
        if (attribution != null) {
            attributions.add(attribution.deepCopy());
        }
        json.set("followers", JsonValues.strings(contact.memberships().followers()));
        return json;
    }

    /** Contact* webhook payload before the envelope ({@code type}, {@code webhookId}, {@code timestamp}). */
    static ObjectNode webhook(SimContact contact, boolean withDndSettings) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("locationId", contact.locationId());
        json.put("id", contact.id());
        copy(contact, json, WEBHOOK_FIELDS);
        json.put("dnd", contact.dnd());
        json.put("dateAdded", GhlTime.format(contact.dateAdded()));
        JsonValues.putIfPresent(json, "name", displayName(contact));
        json.set("tags", tags(contact));
        json.putArray("attachments");
        json.set("customFields", customFields(contact));
        if (withDndSettings) {
            json.set("dndSettings", contact.fields().path("dndSettings").isObject()
                    ? contact.fields().get("dndSettings").deepCopy() : json.objectNode());
        }
        return json;
    }

    /** The written {@code name}, else first and last name joined; null when the contact has neither. */
    static String displayName(SimContact contact) {
        String name = contact.text("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String joined = String.join(" ", Stream.of(contact.text("firstName"), contact.text("lastName"))
                .filter(part -> part != null && !part.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Read shape {@code [{id, value}]} (contacts.json {@code CustomFieldSchema}). */
    private static ArrayNode customFields(SimContact contact) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        contact.customFields().forEach((id, value) -> array.addObject().put("id", id).set("value", value.deepCopy()));
        return array;
    }

    private static ArrayNode tags(SimContact contact) {
        return JsonValues.strings(contact.tags());
    }

    private static void copy(SimContact contact, ObjectNode json, List<String> fields) {
        for (String field : fields) {
            JsonNode value = contact.fields().get(field);
            if (value != null && !value.isNull()) {
                json.set(field, value.deepCopy());
            }
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
