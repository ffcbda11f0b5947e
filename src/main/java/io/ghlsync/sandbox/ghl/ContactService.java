package io.ghlsync.sandbox.ghl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Contact create, update, upsert, delete and tags, with the webhooks HighLevel sends for them:
 * ContactCreate, ContactUpdate, ContactDelete, ContactTagUpdate when the tags changed, and
 * ContactDndUpdate when {@code dnd} or {@code dndSettings} changed.
 *
 * <p>Duplicates: the location does not allow duplicate contacts (HighLevel's default setting), so a
 * create or update that would give two contacts the same email (case-insensitive) or phone
 * (normalised) is refused with HighLevel's 400, naming the existing contact; upsert updates it instead.
 */
@Component
@ConditionalOnSimulators
class ContactService {

    /** The answer of an upsert: whether it created the contact. */
    record Upserted(boolean created, SimContact contact) {
    }

    private final ContactStore store;
    private final WebhookPublisher webhooks;

    ContactService(ContactStore store, WebhookPublisher webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    SimContact get(String contactId) {
        return store.get(contactId);
    }

    /** {@code body} is a {@code CreateContactDto}; its {@code locationId} says where. */
    SimContact create(JsonNode body) {
        String locationId = requireLocationId(body, ContactInput.CREATE_FIELDS);
        LocationData location = store.world().location(locationId);
        ContactInput input = ContactInput.parse(body, ContactInput.CREATE_FIELDS, location.catalog());
        SimContact created = location.write(() -> {
            refuseDuplicate(location, input, null);
            SimContact contact = input.create(GhlIds.random(), locationId, store.now());
            location.put(contact);
            return contact;
        });
        webhooks.publish("ContactCreate", ContactJson.webhook(created, false));
        return created;
    }

    SimContact update(String contactId, JsonNode body) {
        LocationData location = store.locationOf(contactId);
        ContactInput input = ContactInput.parse(body, ContactInput.UPDATE_FIELDS, location.catalog());
        ContactStore.Changed changed = store.change(contactId, (where, contact) -> {
            refuseDuplicate(where, input, contact);
            return input.applyTo(contact, store.now());
        });
        publishUpdate(changed);
        return changed.after();
    }

    /** Finds the contact by email, then by phone (the spec's priority), and updates it, or creates one. */
    Upserted upsert(JsonNode body) {
        String locationId = requireLocationId(body, ContactInput.UPSERT_FIELDS);
        LocationData location = store.world().location(locationId);
        ContactInput input = ContactInput.parse(body, ContactInput.UPSERT_FIELDS, location.catalog());
        ContactStore.Changed changed = location.write(() -> {
            Optional<SimContact> existing = location.byEmail(input.email())
                    .or(() -> location.byPhone(input.phone(), input.country()));
            if (existing.isEmpty()) {
                SimContact contact = input.create(GhlIds.random(), locationId, store.now());
                location.put(contact);
                return new ContactStore.Changed(null, contact);
            }
            SimContact updated = input.applyTo(existing.get(), store.now());
            location.put(updated);
            return new ContactStore.Changed(existing.get(), updated);
        });
        if (changed.before() == null) {
            webhooks.publish("ContactCreate", ContactJson.webhook(changed.after(), false));
        } else {
            publishUpdate(changed);
        }
        return new Upserted(changed.before() == null, changed.after());
    }

    SimContact delete(String contactId) {
        SimContact removed = store.remove(contactId);
        webhooks.publish("ContactDelete", ContactJson.webhook(removed, false));
        return removed;
    }

    /** Adds tags; answers the contact's tags afterwards. */
    List<String> addTags(String contactId, JsonNode body) {
        List<String> tags = tagsOf(body);
        return changeTags(contactId, current -> SimContact.union(current, tags));
    }

    /** Removes tags; answers the contact's tags afterwards. */
    List<String> removeTags(String contactId, JsonNode body) {
        List<String> tags = tagsOf(body);
        return changeTags(contactId, current -> current.stream().filter(tag -> !tags.contains(tag)).toList());
    }

    /** Changes a contact's tags by {@code edit}, with ContactTagUpdate when they really changed. */
    List<String> changeTags(String contactId, UnaryOperator<List<String>> edit) {
        ContactStore.Changed changed = store.change(contactId, (where, contact) -> {
            List<String> tags = edit.apply(contact.tags());
            return tags.equals(contact.tags()) ? contact : contact.withTags(tags, store.now());
        });
        if (changed.after() != changed.before()) {
            webhooks.publish("ContactTagUpdate", ContactJson.webhook(changed.after(), false));
        }
        return changed.after().tags();
    }

    /** {@code GET /contacts/search/duplicate}: email first, then the number (spec description). */
    Optional<SimContact> duplicate(String locationId, String email, String number) {
        return store.world().existingLocation(locationId).flatMap(location -> location.byEmail(email)
                .or(() -> location.byPhone(number, null)));
    }

    private void publishUpdate(ContactStore.Changed changed) {
        SimContact before = changed.before();
        SimContact after = changed.after();
        webhooks.publish("ContactUpdate", ContactJson.webhook(after, false));
        if (!before.tags().equals(after.tags())) {
            webhooks.publish("ContactTagUpdate", ContactJson.webhook(after, false));
        }
        if (before.dnd() != after.dnd()
                || !Objects.equals(before.fields().get("dndSettings"), after.fields().get("dndSettings"))) {
            webhooks.publish("ContactDndUpdate", ContactJson.webhook(after, true));
        }
    }

    /** HighLevel's refusal when the location does not allow duplicates. */
    private static void refuseDuplicate(LocationData location, ContactInput input, SimContact self) {
        if (!input.changesEmailOrPhone()) {
            return;
        }
        String selfId = self == null ? null : self.id();
        String country = input.country() != null || self == null ? input.country() : self.text("country");
        Optional<SimContact> byEmail = location.byEmail(input.email()).filter(other -> !other.id().equals(selfId));
        Optional<SimContact> byPhone = location.byPhone(input.phone(), country).filter(other -> !other.id().equals(selfId));
        Optional<SimContact> duplicate = byEmail.or(() -> byPhone);
        if (duplicate.isPresent()) {
            ObjectNode meta = JsonNodeFactory.instance.objectNode();
            SimContact other = duplicate.get();
            if (ContactJson.displayName(other) != null) {
                meta.put("contactName", ContactJson.displayName(other));
            }
            meta.put("contactId", other.id());
            meta.put("matchingField", byEmail.isPresent() ? "email" : "phone");
            throw GhlError.badRequest("This location does not allow duplicated contacts.", Map.of("meta", meta));
        }
    }

    private static String requireLocationId(JsonNode body, Set<String> allowed) {
        BodyCheck.of(body, allowed).requiredString("locationId").orThrow();
        return body.get("locationId").asText();
    }

    private static List<String> tagsOf(JsonNode body) {
        BodyCheck.of(body, Set.of("tags")).stringArray("tags", true).orThrow();
        return SimContact.normaliseTags(ContactInput.texts(body.get("tags")));
    }
}
