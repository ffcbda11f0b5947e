package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Finding and changing contacts, for every operation. The only place that takes a location's write
 * lock, so that each change reads the current contact, builds its successor and stores it atomically.
 */
@Component
@ConditionalOnSimulators
class ContactStore {

    /** A contact before and after one change. */
    record Changed(SimContact before, SimContact after) {
    }

    private final GhlWorld world;

    ContactStore(GhlWorld world) {
        this.world = world;
    }

    GhlWorld world() {
        return world;
    }

    Instant now() {
        return Instant.now();
    }

    /** The contact, in whichever location holds it; 404 otherwise. */
    SimContact get(String contactId) {
        return locationOf(contactId).contact(contactId).orElseThrow(ContactStore::contactNotFound);
    }

    LocationData locationOf(String contactId) {
        return world.locationOfContact(contactId).orElseThrow(ContactStore::contactNotFound);
    }

    /**
     * Replaces a contact by what {@code change} makes of it (given the location, for duplicate
     * checks). A change that returns the same instance stores nothing.
     */
    Changed change(String contactId, BiFunction<LocationData, SimContact, SimContact> change) {
        LocationData location = locationOf(contactId);
        return location.write(() -> {
            SimContact before = location.contact(contactId).orElseThrow(ContactStore::contactNotFound);
            SimContact after = change.apply(location, before);
            if (after != before) {
                location.put(after);
            }
            return new Changed(before, after);
        });
    }

    /** Removes a contact with everything hanging off it; returns what it was. */
    SimContact remove(String contactId) {
        LocationData location = locationOf(contactId);
        return location.write(() -> {
            SimContact contact = location.contact(contactId).orElseThrow(ContactStore::contactNotFound);
            location.remove(contact);
            return contact;
        });
    }

    static GhlError contactNotFound() {
        return GhlError.notFound("Contact not found");
    }
}
