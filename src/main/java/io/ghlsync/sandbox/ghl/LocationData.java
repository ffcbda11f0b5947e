package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One HighLevel location (sub-account): its contacts, their duplicate-detection indexes and its
 * custom-field catalog. Reads never lock (concurrent maps of immutable {@link SimContact}s); writes
 * to one location take its own lock, so that "look for a duplicate, then create" is atomic and the
 * indexes always agree with the contacts. Locations never share a lock.
 */
final class LocationData {

    /**
     * A contact's place in the deprecated list: by dateAdded, then id (the cursor fields
     * {@code startAfter} / {@code startAfterId} of docs/api-research.md §1.4). It never changes for a
     * contact, so updates do not move contacts between pages.
     */
    record ListKey(Instant dateAdded, String id) implements Comparable<ListKey> {

        private static final Comparator<ListKey> ORDER =
                Comparator.comparing(ListKey::dateAdded).thenComparing(ListKey::id);

        static ListKey of(SimContact contact) {
            return new ListKey(contact.dateAdded(), contact.id());
        }

        @Override
        public int compareTo(ListKey other) {
            return ORDER.compare(this, other);
        }
    }

    private final String locationId;
    private final CustomFieldCatalog catalog;
    private final ConcurrentMap<String, LocationData> contactIndex;
    private final ConcurrentHashMap<String, SimContact> contacts = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<ListKey> listOrder = new ConcurrentSkipListSet<>();
    private final ConcurrentHashMap<String, String> byEmail = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> byPhone = new ConcurrentHashMap<>();
    private final ReentrantLock writes = new ReentrantLock();

    /** @param contactIndex the world's contact id → location index, kept in step with this location */
    LocationData(String locationId, ConcurrentMap<String, LocationData> contactIndex) {
        this.locationId = locationId;
        this.catalog = CustomFieldCatalog.standard(locationId);
        this.contactIndex = contactIndex;
    }

    String locationId() {
        return locationId;
    }

    CustomFieldCatalog catalog() {
        return catalog;
    }

    Optional<SimContact> contact(String id) {
        return Optional.ofNullable(id).map(contacts::get);
    }

    Collection<SimContact> contacts() {
        return contacts.values();
    }

    int size() {
        return contacts.size();
    }

    /** Contact keys in list order; a live, weakly consistent view (look contacts up with {@link #contact}). */
    NavigableSet<ListKey> inListOrder() {
        return listOrder;
    }

    Optional<SimContact> byEmail(String email) {
        return Optional.ofNullable(emailKey(email)).map(byEmail::get).flatMap(this::contact);
    }

    Optional<SimContact> byPhone(String phone, String country) {
        return Optional.ofNullable(PhoneKey.of(phone, country)).map(byPhone::get).flatMap(this::contact);
    }

    /** Runs a change of this location's contacts with its write lock held. */
    <T> T write(Supplier<T> change) {
        writes.lock();
        try {
            return change.get();
        } finally {
            writes.unlock();
        }
    }

    /** Stores a new or changed contact (under {@link #write}). */
    void put(SimContact contact) {
        requireLocked();
        SimContact previous = contacts.put(contact.id(), contact);
        if (previous != null) {
            unindex(previous);
        }
        listOrder.add(ListKey.of(contact));
        index(contact);
        contactIndex.put(contact.id(), this);
    }

    /** Removes a contact (under {@link #write}). */
    void remove(SimContact contact) {
        requireLocked();
        if (contacts.remove(contact.id()) != null) {
            listOrder.remove(ListKey.of(contact));
            unindex(contact);
            contactIndex.remove(contact.id(), this);
        }
    }

    private void index(SimContact contact) {
        Optional.ofNullable(emailKey(contact.text("email"))).ifPresent(key -> byEmail.put(key, contact.id()));
        Optional.ofNullable(PhoneKey.of(contact.text("phone"), contact.text("country")))
                .ifPresent(key -> byPhone.put(key, contact.id()));
    }

    private void unindex(SimContact contact) {
        Optional.ofNullable(emailKey(contact.text("email"))).ifPresent(key -> byEmail.remove(key, contact.id()));
        Optional.ofNullable(PhoneKey.of(contact.text("phone"), contact.text("country")))
                .ifPresent(key -> byPhone.remove(key, contact.id()));
    }

    private void requireLocked() {
        if (!writes.isHeldByCurrentThread()) {
            throw new IllegalStateException("contacts of " + locationId + " change only under its write lock");
        }
    }

    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
