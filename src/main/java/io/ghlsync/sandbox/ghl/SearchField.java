package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contact fields {@code POST /contacts/search} can filter and sort on, and how each compares
 * (docs/api-research.md §1.4: the operators are HighLevel's; which fields exist is this simulator's
 * choice, since the official body schema is empty).
 */
enum SearchField {

    ID("id", Kind.TEXT, SimContact::id),
    FIRST_NAME("firstName", Kind.TEXT, contact -> contact.text("firstName")),
    LAST_NAME("lastName", Kind.TEXT, contact -> contact.text("lastName")),
    NAME("name", Kind.TEXT, ContactJson::displayName),
    EMAIL("email", Kind.TEXT, contact -> contact.text("email")),
    PHONE("phone", Kind.PHONE, contact -> contact.text("phone")),
    COMPANY_NAME("companyName", Kind.TEXT, contact -> contact.text("companyName")),
    SOURCE("source", Kind.TEXT, contact -> contact.text("source")),
    TYPE("type", Kind.TEXT, contact -> contact.text("type")),
    CITY("city", Kind.TEXT, contact -> contact.text("city")),
    STATE("state", Kind.TEXT, contact -> contact.text("state")),
    COUNTRY("country", Kind.TEXT, contact -> contact.text("country")),
    POSTAL_CODE("postalCode", Kind.TEXT, contact -> contact.text("postalCode")),
    ASSIGNED_TO("assignedTo", Kind.TEXT, contact -> contact.text("assignedTo")),
    BUSINESS_ID("businessId", Kind.TEXT, contact -> contact.memberships().businessId()),
    TAGS("tags", Kind.TAGS, SimContact::tags),
    DND("dnd", Kind.BOOLEAN, SimContact::dnd),
    DATE_ADDED("dateAdded", Kind.DATE, SimContact::dateAdded),
    DATE_UPDATED("dateUpdated", Kind.DATE, SimContact::dateUpdated);

    /** How values of a field are compared. */
    enum Kind { TEXT, PHONE, TAGS, BOOLEAN, DATE }

    private static final Map<String, SearchField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SearchField::fieldName, Function.identity()));

    private final String fieldName;
    private final Kind kind;
    private final Function<SimContact, Object> value;

    SearchField(String fieldName, Kind kind, Function<SimContact, Object> value) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.value = value;
    }

    static Optional<SearchField> named(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(SearchField::fieldName).toList();
    }

    String fieldName() {
        return fieldName;
    }

    Kind kind() {
        return kind;
    }

    /** The raw value: a String (or null), a {@code List<String>} of tags, a Boolean or an Instant. */
    Object of(SimContact contact) {
        return value.apply(contact);
    }

    /**
     * The value as sorted and as written into {@code searchAfter}: epoch ms for dates, else the
     * lower-cased text ("" when unset), so that it round-trips through JSON unchanged.
     */
    Comparable<?> sortValue(SimContact contact) {
        Object raw = of(contact);
        if (raw instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (raw instanceof List<?> list) {
            return String.join(",", list.stream().map(Object::toString).toList());
        }
        return raw == null ? "" : raw.toString().toLowerCase(Locale.ROOT);
    }
}
