package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SeedVocabulary.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a location with realistic contacts, deterministically: the same seed and anchor give the same
 * ids and data. Dates are relative to the anchor (the simulator's start day) so that "overdue" and
 * "added last month" stay true. Round-robin choices guarantee that even 20 contacts cover every name
 * script, phone style and custom-field type; the rest is drawn from the seed.
 */
final class Seeder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Random random;
    private final Instant anchor;
    private final CustomFieldCatalog catalog;
    private final List<String> users;

    private Seeder(long seed, Instant anchor, CustomFieldCatalog catalog) {
        this.random = new Random(seed);
        this.anchor = anchor;
        this.catalog = catalog;
        this.users = List.of(GhlIds.derived("user", "1"), GhlIds.derived("user", "2"), GhlIds.derived("user", "3"));
    }

    /** Adds {@code count} contacts to {@code location}; sends no webhooks (this is the starting state). */
    static void seed(LocationData location, int count, long seed, Instant anchor) {
        Seeder seeder = new Seeder(seed, anchor, location.catalog());
        location.write(() -> {
            for (int i = 0; i < count; i++) {
                location.put(seeder.contact(location.locationId(), i));
            }
            return null;
        });
    }

    private SimContact contact(String locationId, int index) {
        String id = GhlIds.next(random);
        Script script = SCRIPTS.get(index % SCRIPTS.size());
        // The first contact of each script takes its first names, which carry the script's own letters.
        boolean firstOfScript = index < SCRIPTS.size();
        Name first = firstOfScript ? script.firstNames().get(0) : pick(script.firstNames());
        Name last = firstOfScript ? script.lastNames().get(0) : pick(script.lastNames());
        ObjectNode fields = JSON.objectNode().put("firstName", first.text()).put("lastName", last.text());
        Region region = phone(fields, (index * 7 + 3) % 6);
        if ((index * 7 + 3) % 6 == 5 || random.nextInt(8) != 0) {
            String email = first.ascii() + "." + last.ascii() + index + "@" + pick(DOMAINS);
            fields.put("email", index % 4 == 0 ? capitalised(email) : email);
        }
        fields.put("country", region.country()).put("timezone", region.timezone());
        if (random.nextBoolean()) {
            fields.put("address1", region.address1()).put("city", region.city()).put("state", region.state())
                    .put("postalCode", region.postalCode());
        }
        fields.put("source", pick(SOURCES)).put("type", random.nextInt(3) == 0 ? "customer" : "lead");
        if (random.nextInt(5) < 3) {
            LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
            fields.put("dateOfBirth", GhlTime.format(birth.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (random.nextInt(4) == 0) {
            fields.put("companyName", pick(COMPANIES));
        }
        if (random.nextInt(3) == 0) {
            fields.put("assignedTo", pick(users));
        }
        fields.put("dnd", index % 10 == 7);
        if (index % 10 == 7) {
            fields.putObject("dndSettings").putObject("SMS").put("status", "active")
                    .put("message", "Asked not to be texted");
        }
        if (index % 5 == 2) {
            fields.putObject("attributionSource").put("url", "https://example.com/free-trial")
                    .put("utmSource", "facebook").put("utmMedium", "paid").put("campaign", "Spring trial")
                    .put("medium", "form");
        }
        Instant added = anchor.minus(Duration.ofDays(1 + random.nextInt(180))).minusSeconds(random.nextInt(86_400))
                .minusMillis(random.nextInt(1000));
        Instant updated = added.plusMillis((long) (random.nextDouble() * Duration.between(added, anchor).toMillis()));
        SimContact.Activity activity = activity(id, locationId, index, added);
        return new SimContact(id, locationId, added, updated, fields, tags(), customFields(index),
                SimContact.Memberships.NONE, activity);
    }

    /** Phone styles, round-robin: E.164, US local, German local, UK E.164, Polish with spaces, none. */
    private Region phone(ObjectNode fields, int style) {
        String digits = String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        switch (style) {
            case 0 -> fields.put("phone", "+1555" + digits);
            case 1 -> fields.put("phone", "(555) " + digits.substring(0, 3) + "-" + digits.substring(3));
            case 2 -> fields.put("phone", "0151 " + digits);
            case 3 -> fields.put("phone", "+447700900" + digits.substring(4));
            case 4 -> fields.put("phone", "+48 601 " + digits.substring(1, 4) + " " + digits.substring(4));
            default -> { }
        }
        return switch (style) {
            case 2 -> DE;
            case 3 -> GB;
            case 4 -> PL;
            default -> US;
        };
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Field {@code index % 9} always (so every type is present), the others now and then. */
    private Map<String, JsonNode> customFields(int index) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<CustomFieldDefinition> fields = catalog.seeded();
        for (int i = 0; i < fields.size(); i++) {
            if (i == index % fields.size() || random.nextInt(100) < 35) {
                values.put(fields.get(i).id(), value(fields.get(i)));
            }
        }
        return values;
    }

    private JsonNode value(CustomFieldDefinition field) {
        return switch (field.dataType()) {
            case "TEXT" -> JSON.textNode(pick(FAVORITE_CLASSES));
            case "LARGE_TEXT" -> JSON.textNode(pick(GOALS));
            case "SINGLE_OPTIONS", "RADIO" -> JSON.textNode(pick(field.options()));
            case "NUMERICAL" -> JSON.numberNode(random.nextInt(8));
            case "MONETORY" -> JSON.numberNode(BigDecimal.valueOf(random.nextInt(500_000), 2));
            case "CHECKBOX", "MULTIPLE_OPTIONS" -> {
                ArrayNode chosen = JSON.arrayNode();
                field.options().stream().filter(option -> random.nextBoolean()).forEach(chosen::add);
                if (chosen.isEmpty()) {
                    chosen.add(field.options().get(0));
                }
                yield chosen;
            }
            default -> file();
        };
    }

    /** A FILE_UPLOAD value in the shape of the spec's {@code FileField} example. */
    private JsonNode file() {
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        String document = GhlIds.next(random);
        ObjectNode value = JSON.objectNode();
        ObjectNode upload = value.putObject(uuid);
        upload.putObject("meta").put("fieldname", GhlIds.next(random)).put("originalname", "profile-photo.jpg")
                .put("encoding", "7bit").put("mimetype", "image/jpeg").put("size", 100_000 + random.nextInt(2_000_000))
                .put("uuid", uuid);
        upload.put("url", "https://services.leadconnectorhq.com/documents/download/" + document);
        upload.put("documentId", document);
        return value;
    }

    /**
     * Tasks (the first contact always has one completed and one overdue, the second one due later),
     * notes and appointments.
     */
    private SimContact.Activity activity(String contactId, String locationId, int index, Instant added) {
        SimContact.Activity activity = SimContact.Activity.NONE;
        int tasks = index < 2 ? 2 : random.nextInt(4);
        for (int j = 0; j < tasks; j++) {
            boolean completed = index == 0 ? j == 0 : index == 1 ? false : random.nextInt(10) < 3;
            long dueDays = index == 0 ? -3 : index == 1 ? 5 + j : random.nextInt(61) - 30;
            Instant due = anchor.plus(Duration.ofDays(dueDays)).plus(Duration.ofHours(9 + random.nextInt(8)));
            activity = activity.withTask(new SimTask(GhlIds.next(random), contactId, pick(TASK_TITLES),
                    random.nextBoolean() ? "Created by the front desk." : null, pick(users), due, completed,
                    later(added)));
        }
        int notes = index % 3 == 0 ? 1 + random.nextInt(2) : random.nextInt(2);
        for (int j = 0; j < notes; j++) {
            activity = activity.withNote(new SimNote(GhlIds.next(random), contactId, pick(NOTE_BODIES), pick(users),
                    random.nextBoolean() ? "Front desk" : null, pick(NOTE_COLORS), random.nextInt(5) == 0,
                    later(added)));
        }
        if (index % 4 == 0) {
            Instant start = anchor.plus(Duration.ofDays(random.nextInt(30) - 10)).plus(Duration.ofHours(8 + random.nextInt(10)));
            ObjectNode fields = JSON.objectNode().put("calendarId", "sandbox-calendar")
                    .put("title", pick(APPOINTMENT_TITLES))
                    .put("appointmentStatus", start.isBefore(anchor) ? "showed" : "confirmed")
                    .put("assignedUserId", pick(users)).put("notes", "Booked online").put("address", "Studio 2")
                    .put("startTime", GhlTime.format(start)).put("endTime", GhlTime.format(start.plus(Duration.ofHours(1))))
                    .put("groupId", "sandbox-group").put("source", "booking_widget");
            fields.putArray("users").add(fields.get("assignedUserId").asText());
            Instant booked = later(added);
            activity = activity.withAppointment(new SimAppointment(GhlIds.next(random), contactId, locationId, fields,
                    booked, booked));
        }
        return activity;
    }

    private Instant later(Instant added) {
        return added.plusMillis((long) (random.nextDouble() * Duration.between(added, anchor).toMillis()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String email) {
        return Character.toUpperCase(email.charAt(0)) + email.substring(1).replace("@example", "@Example");
    }
}
