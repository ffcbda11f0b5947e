package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One contact and everything hanging off it, as an immutable value: a change builds a new one, so a
 * reader never sees half a write and no reader ever needs a lock.
 *
 * @param fields       the standard fields as last written (firstName, email, phone, dnd, …, with
 *                     {@code dateOfBirth} already normalised); never mutated after construction
 * @param tags         in the order they were added, without duplicates
 * @param customFields value per custom-field id, in the order they were first written
 */
record SimContact(String id, String locationId, Instant dateAdded, Instant dateUpdated, ObjectNode fields,
                  List<String> tags, Map<String, JsonNode> customFields, Memberships memberships,
                  Activity activity) {

    SimContact {
        tags = List.copyOf(tags);
        customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    /** Followers, campaigns, workflows and business: state the API changes but never shows in full. */
    record Memberships(List<String> followers, Set<String> campaigns, Set<String> workflows, String businessId) {

        static final Memberships NONE = new Memberships(List.of(), Set.of(), Set.of(), null);

        Memberships {
            followers = List.copyOf(followers);
            campaigns = Collections.unmodifiableSet(new LinkedHashSet<>(campaigns));
            workflows = Collections.unmodifiableSet(new LinkedHashSet<>(workflows));
        }

        Memberships withFollowers(List<String> value) {
            return new Memberships(value, campaigns, workflows, businessId);
        }

        Memberships withCampaigns(Set<String> value) {
            return new Memberships(followers, value, workflows, businessId);
        }

        Memberships withWorkflows(Set<String> value) {
            return new Memberships(followers, campaigns, value, businessId);
        }

        Memberships withBusinessId(String value) {
            return new Memberships(followers, campaigns, workflows, value);
        }
    }

    /** Tasks, notes and appointments, each in creation order. */
    record Activity(Map<String, SimTask> tasks, Map<String, SimNote> notes, Map<String, SimAppointment> appointments) {

        static final Activity NONE = new Activity(Map.of(), Map.of(), Map.of());

        Activity {
            tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
            notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
            appointments = Collections.unmodifiableMap(new LinkedHashMap<>(appointments));
        }

        Activity withTask(SimTask task) {
            return new Activity(put(tasks, task.id(), task), notes, appointments);
        }

        Activity withoutTask(String taskId) {
            return new Activity(remove(tasks, taskId), notes, appointments);
        }

        Activity withNote(SimNote note) {
            return new Activity(tasks, put(notes, note.id(), note), appointments);
        }

        Activity withoutNote(String noteId) {
            return new Activity(tasks, remove(notes, noteId), appointments);
        }

        Activity withAppointment(SimAppointment appointment) {
            return new Activity(tasks, notes, put(appointments, appointment.id(), appointment));
        }

        Activity withoutAppointment(String appointmentId) {
            return new Activity(tasks, notes, remove(appointments, appointmentId));
        }

        private static <T> Map<String, T> put(Map<String, T> map, String key, T value) {
            Map<String, T> copy = new LinkedHashMap<>(map);
            copy.put(key, value);
            return copy;
        }

        private static <T> Map<String, T> remove(Map<String, T> map, String key) {
            Map<String, T> copy = new LinkedHashMap<>(map);
            copy.remove(key);
            return copy;
        }
    }

    /** A standard text field, or null when unset. */
    String text(String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    boolean dnd() {
        return fields.path("dnd").asBoolean(false);
    }

    /** A copy with the standard fields changed by {@code edit} (which receives a private copy). */
    SimContact withFields(UnaryOperator<ObjectNode> edit, Instant now) {
        return new SimContact(id, locationId, dateAdded, now, edit.apply(fields.deepCopy()), tags, customFields,
                memberships, activity);
    }

    SimContact withTags(List<String> value, Instant now) {
        return new SimContact(id, locationId, dateAdded, now, fields, value, customFields, memberships, activity);
    }

    SimContact withCustomFields(Map<String, JsonNode> value, Instant now) {
        return new SimContact(id, locationId, dateAdded, now, fields, tags, value, memberships, activity);
    }

    SimContact withMemberships(Memberships value) {
        return new SimContact(id, locationId, dateAdded, dateUpdated, fields, tags, customFields, value, activity);
    }

    /** Tasks, notes and appointments are separate objects in HighLevel: the contact's dateUpdated stays. */
    SimContact withActivity(Activity value) {
        return new SimContact(id, locationId, dateAdded, dateUpdated, fields, tags, customFields, memberships, value);
    }

    /** Tags merged in order without duplicates, as the add-tags endpoint does. */
    static List<String> union(List<String> current, List<String> added) {
        LinkedHashSet<String> merged = new LinkedHashSet<>(current);
        merged.addAll(added);
        return new ArrayList<>(merged);
    }

    /**
     * HighLevel keeps tags trimmed and lower-cased ("VIP " is stored as "vip"), so tag comparisons are
     * case-insensitive; a sync that writes "VIP" and reads back "vip" must not see a change.
     */
    static List<String> normaliseTags(List<String> tags) {
        LinkedHashSet<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = tag.trim().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                normalised.add(clean);
            }
        }
        return new ArrayList<>(normalised);
    }
}
