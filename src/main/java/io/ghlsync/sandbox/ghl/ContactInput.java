package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated contact write (create, update or upsert body of contacts.json: {@code CreateContactDto},
 * {@code UpdateContactDto}, {@code UpsertContactDto}) and how it changes a contact.
 *
 * <p>Traps of the real API reproduced here: custom fields are <em>written</em> as
 * {@code {id|key, field_value}} although they are read as {@code {id, value}}; {@code tags} on
 * update/upsert overwrite all tags; {@code dateOfBirth} accepts eight date layouts and reads back as
 * an ISO timestamp.
 */
final class ContactInput {

    /** The plain string fields of the write DTOs; the nullable ones may be sent as null to clear them. */
    private static final Set<String> NULLABLE_TEXT = Set.of("firstName", "lastName", "name", "email", "phone",
            "address1", "city", "state", "website", "timezone", "companyName");
    private static final Set<String> TEXT = Set.of("gender", "postalCode", "source", "country", "assignedTo");
    private static final Set<String> STRUCTURED = Set.of("dnd", "dndSettings", "inboundDndSettings", "tags",
            "customFields", "dateOfBirth");
    private static final Set<String> DND_CHANNELS = Set.of("Call", "Email", "SMS", "WhatsApp", "GMB", "FB");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/\\-._])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/\\-._])(\\d{1,2})\\2(\\d{4})");

    /**
     * Update accepts what create accepts except {@code locationId}. The spec's UpdateContactDto also
     * lacks {@code companyName} and {@code gender}; they are accepted anyway, because refusing a
     * company-name update would be a stricter API than the one the spec's create/read shapes describe.
     */
    static final Set<String> UPDATE_FIELDS = union(NULLABLE_TEXT, TEXT, STRUCTURED);
    static final Set<String> CREATE_FIELDS = union(UPDATE_FIELDS, Set.of("locationId"));
    static final Set<String> UPSERT_FIELDS = union(CREATE_FIELDS, Set.of("createNewIfDuplicateAllowed"));

    private final ObjectNode standard;
    private final List<String> tags;
    private final Map<String, JsonNode> customFields;

    private ContactInput(ObjectNode standard, List<String> tags, Map<String, JsonNode> customFields) {
        this.standard = standard;
        this.tags = tags;
        this.customFields = customFields;
    }

    /** Validates {@code body}; a 422 lists every problem. {@code locationId} is checked by the caller. */
    static ContactInput parse(JsonNode body, Set<String> allowed, CustomFieldCatalog catalog) {
        BodyCheck check = BodyCheck.of(body, allowed);
        NULLABLE_TEXT.forEach(field -> check.string(field, true));
        TEXT.forEach(field -> check.string(field, false));
        check.email("email").bool("dnd", false).stringArray("tags", false).bool("createNewIfDuplicateAllowed", false);
        checkDndSettings(check);
        ObjectNode standard = check.body().deepCopy();
        STRUCTURED.forEach(standard::remove);
        Stream.of("locationId", "createNewIfDuplicateAllowed").forEach(standard::remove);
        copyIfPresent(check.body(), standard, "dnd", "dndSettings", "inboundDndSettings");
        dateOfBirth(check).ifPresent(value -> standard.set("dateOfBirth", value));
        Map<String, JsonNode> customFields = customFields(check, catalog);
        check.orThrow();
        List<String> tags = check.has("tags") && check.body().get("tags").isArray()
                ? SimContact.normaliseTags(texts(check.body().get("tags"))) : null;
        return new ContactInput(standard, tags, customFields);
    }

    String email() {
        return standard.path("email").textValue();
    }

    String phone() {
        return standard.path("phone").textValue();
    }

    String country() {
        return standard.path("country").textValue();
    }

    boolean changesEmailOrPhone() {
        return standard.has("email") || standard.has("phone");
    }

    /** A new contact made of this write. */
    SimContact create(String id, String locationId, Instant now) {
        SimContact empty = new SimContact(id, locationId, now, now, standard.objectNode().put("type", "lead"),
                List.of(), Map.of(), SimContact.Memberships.NONE, SimContact.Activity.NONE);
        return applyTo(empty, now);
    }

    /** {@code contact} changed by this write; {@code tags}, when present, replace all tags. */
    SimContact applyTo(SimContact contact, Instant now) {
        SimContact changed = contact.withFields(fields -> {
            standard.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    fields.remove(field.getKey());
                } else {
                    fields.set(field.getKey(), field.getValue().deepCopy());
                }
            });
            return fields;
        }, now);
        if (tags != null) {
            changed = changed.withTags(tags, now);
        }
        if (!customFields.isEmpty()) {
            Map<String, JsonNode> values = new LinkedHashMap<>(changed.customFields());
            customFields.forEach((fieldId, value) -> {
                if (value.isNull()) {
                    values.remove(fieldId);
                } else {
                    values.put(fieldId, value);
                }
            });
            changed = changed.withCustomFields(values, now);
        }
        return changed;
    }

    private static void checkDndSettings(BodyCheck check) {
        ObjectNode settings = check.object("dndSettings");
        if (settings != null) {
            BodyCheck channels = check.nested(settings, "dndSettings", DND_CHANNELS);
            DND_CHANNELS.forEach(channel -> {
                ObjectNode setting = channels.object(channel);
                if (setting != null) {
                    channels.nested(setting, channel, Set.of("status", "message", "code"))
                            .oneOf("status", Set.of("active", "inactive", "permanent"))
                            .string("message", false).string("code", false);
                }
            });
        }
        ObjectNode inbound = check.object("inboundDndSettings");
        if (inbound != null) {
            BodyCheck all = check.nested(inbound, "inboundDndSettings", Set.of("all"));
            ObjectNode setting = all.object("all");
            if (setting != null) {
                all.nested(setting, "all", Set.of("status", "message"))
                        .oneOf("status", Set.of("active", "inactive")).string("message", false);
            }
        }
    }

    /** The eight layouts of the spec's {@code dateOfBirth} description, or an ISO timestamp read back. */
    private static Optional<JsonNode> dateOfBirth(BodyCheck check) {
        JsonNode value = check.body().get("dateOfBirth");
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            return Optional.of(NullNode.instance);
        }
        String text = value.isTextual() ? value.asText().trim() : "";
        Optional<Instant> instant = GhlTime.parse(text).or(() -> calendarDate(text));
        if (instant.isEmpty()) {
            check.problem("dateOfBirth must be a date in one of the formats YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, "
                    + "MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY");
            return Optional.empty();
        }
        return instant.map(date -> check.body().textNode(GhlTime.format(date)));
    }

    private static Optional<Instant> calendarDate(String text) {
        try {
            Matcher yearFirst = YEAR_FIRST.matcher(text);
            if (yearFirst.matches()) {
                return Optional.of(day(yearFirst.group(1), yearFirst.group(3), yearFirst.group(4)));
            }
            Matcher yearLast = YEAR_LAST.matcher(text);
            if (yearLast.matches()) {
                return Optional.of(day(yearLast.group(4), yearLast.group(1), yearLast.group(3)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant day(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Resolves each {@code {id|key, field_value}} through the location's catalog (unknown → 422). */
    private static Map<String, JsonNode> customFields(BodyCheck check, CustomFieldCatalog catalog) {
        JsonNode items = check.body().get("customFields");
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (items == null || items.isNull()) {
            return values;
        }
        if (!items.isArray()) {
            check.problem("customFields must be an array");
            return values;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "customFields." + i;
            if (!item.isObject()) {
                check.problem(path + " must be an object");
                continue;
            }
            check.nested((ObjectNode) item, path, Set.of("id", "key", "field_value"));
            String idOrKey = item.hasNonNull("id") ? item.get("id").asText() : item.path("key").asText(null);
            var field = catalog.find(idOrKey);
            if (idOrKey == null) {
                check.problem(path + " needs an id or a key");
            } else if (field.isEmpty()) {
                check.problem(path + " refers to an unknown custom field '" + idOrKey + "'");
            } else if (!item.has("field_value")) {
                check.problem(path + ".field_value should not be empty");
            } else if (item.get("field_value").isNull()) {
                values.put(field.get().id(), NullNode.instance);
            } else {
                var value = CustomFieldCatalog.coerce(field.get(), item.get("field_value"));
                if (value.isEmpty()) {
                    check.problem(path + ".field_value must be " + CustomFieldCatalog.expectedShape(field.get())
                            + " for " + field.get().key() + " (" + field.get().dataType() + ")");
                }
                value.ifPresent(v -> values.put(field.get().id(), v));
            }
        }
        return values;
    }

    private static void copyIfPresent(ObjectNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            if (from.has(field)) {
                to.set(field, from.get(field).deepCopy());
            }
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
