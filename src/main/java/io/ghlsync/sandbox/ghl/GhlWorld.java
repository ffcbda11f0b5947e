package io.ghlsync.sandbox.ghl;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All locations the simulator knows. The sandbox token may use any location id: a location comes
 * into being the first time something is written to it, with the standard custom-field catalog, so
 * that tests can work in a location of their own (docs/architecture.md, "Tests").
 */
final class GhlWorld {

    private final ConcurrentHashMap<String, LocationData> locations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LocationData> contactIndex = new ConcurrentHashMap<>();

    /** The location, created empty on first use. */
    LocationData location(String locationId) {
        return locations.computeIfAbsent(locationId, id -> new LocationData(id, contactIndex));
    }

    /** The location if anything was ever written to it. */
    Optional<LocationData> existingLocation(String locationId) {
        return Optional.ofNullable(locationId).map(locations::get);
    }

    /** The location holding a contact, looked up across all locations. */
    Optional<LocationData> locationOfContact(String contactId) {
        return Optional.ofNullable(contactId).map(contactIndex::get);
    }

    Collection<LocationData> locations() {
        return locations.values();
    }

    /** Forgets every location and contact (before reseeding). */
    void clear() {
        locations.clear();
        contactIndex.clear();
    }
}
