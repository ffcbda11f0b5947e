package io.ghlsync.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.sync.ContactItems.Kind;
import io.ghlsync.webhook.InboxEvent;

/**
 * Bean {@code enrichment}: turns the inbox events of one contact (webhooks and poll findings, coalesced by the inbox
 * into one group, oldest first) into one {@link ContactSnapshot}, spending as little of the location's rate budget
 * as it can:
 * <ul>
 * <li>contact events (ContactCreate/Update/TagUpdate/DndUpdate) cost one {@code GET /contacts/{id}} per group,
 * however many there are: the API's answer is the newest state and carries {@code dateUpdated};</li>
 * <li>poll findings carry the whole contact (the search answers full contacts): no call;</li>
 * <li>task, note and appointment events carry their object and are applied to the lists kept in
 * {@code contact_state}: no call;</li>
 * <li>the lists are read from HighLevel only the first time a contact is seen (not for a brand-new contact, which
 * has none yet) and on a requested full resync.</li>
 * </ul>
 * A state older than the one already handed over ({@code dateUpdated} before the stored one) never replaces it;
 * a state equal to it is not handed over again. The state is remembered ({@link #remember}) only after the flows
 * have it, so a crash in between hands it over again rather than never.
 */
@Component("enrichment")
@ConditionalOnSync
public class ContactEnricher {

    static final String POLLED = "ContactPolled";
    static final String RESYNC = "ContactResync";
    private static final Set<String> CHANGED_IN_HIGHLEVEL =
            Set.of("ContactCreate", "ContactUpdate", "ContactTagUpdate", "ContactDndUpdate");

    private final GhlApi ghl;
    private final ContactStateStore states;
    private final EnrichmentProperties properties;
    private final DistributionSummary callsPerEvent;
    private final Clock clock = Clock.systemUTC();

    ContactEnricher(GhlApi ghl, ContactStateStore states, EnrichmentProperties properties, MeterRegistry metrics) {
        this.ghl = ghl;
        this.states = states;
        this.properties = properties;
        this.callsPerEvent = DistributionSummary.builder("ghlsync.enrichment.api.calls.per.event")
                .description("HighLevel API calls enrichment made, per event processed").register(metrics);
    }

    /** Body {@code List<InboxEvent>} of one group → {@link EnrichedGroup}; sets the headers flows read. */
    public EnrichedGroup enrich(List<InboxEvent> events, Exchange exchange) {
        InboxEvent newest = events.get(events.size() - 1);
        String location = newest.locationId();
        List<GhlEvent> ghlEvents = events.stream().map(GhlEvent::of).toList();
        Message message = exchange.getMessage();
        message.setHeader("ghlEventTypes", ghlEvents.stream().map(GhlEvent::type).distinct()
                .collect(Collectors.joining(",")));
        String contactId = contactOf(newest.groupKey(), location);
        if (contactId == null) {
            return new EnrichedGroup(null, false, ghlEvents, null);
        }
        message.setHeader("contactId", contactId);
        message.setHeader("eventKey", newest.groupKey());
        EnrichmentCalls calls = new EnrichmentCalls(ghl, location, contactId);
        ContactState stored = states.find(location, contactId).orElse(null);
        ContactState next = nextState(stored, events, calls, location, contactId);
        boolean resync = events.stream().anyMatch(event -> event.eventType().equals(RESYNC));
        boolean changed = resync || stored == null || !next.contentHash().equals(stored.contentHash());
        for (int i = 0; i < events.size(); i++) {
            callsPerEvent.record((double) calls.count() / events.size());
        }
        ContactSnapshot snapshot = new ContactSnapshot(location, contactId, next.deleted(), next.contact(),
                next.items().list(Kind.TASK), next.items().list(Kind.NOTE), next.items().list(Kind.APPOINTMENT),
                next.sourceUpdatedAt(), ghlEvents);
        return new EnrichedGroup(snapshot, changed, ghlEvents, next);
    }

    /** Called once the flows have the state: from now on it is the one later events are compared with. */
    public void remember(EnrichedGroup group) {
        if (group.next() != null && group.changed()) {
            states.save(group.next());
        }
    }

    private ContactState nextState(ContactState stored, List<InboxEvent> events, EnrichmentCalls calls,
                                   String location, String contactId) {
        ContactPart part = contactPart(stored, events, calls);
        if (stored != null && stored.sourceUpdatedAt() != null && part.time().isBefore(stored.sourceUpdatedAt())) {
            part = new ContactPart(stored.contact(), stored.deleted(), stored.sourceUpdatedAt()); // never go back
        }
        ContactItems items = stored == null ? new ContactItems() : stored.items();
        boolean brandNew = stored == null && events.stream().anyMatch(event -> event.eventType().equals("ContactCreate"));
        boolean resync = events.stream().anyMatch(event -> event.eventType().equals(RESYNC));
        if (!part.deleted() && (resync || (stored == null && !brandNew))) {
            Instant now = clock.instant();
            items.replace(Kind.TASK, calls.tasks(), now);
            items.replace(Kind.NOTE, calls.notes(), now);
            if (properties.appointments()) {
                items.replace(Kind.APPOINTMENT, calls.appointments(), now);
            }
        }
        for (InboxEvent event : events) {
            Kind kind = kindOf(event.eventType());
            if (kind == Kind.APPOINTMENT && properties.appointments()) {
                items.apply(kind, event.eventType(), event.payload().path("appointment"), event.eventTime());
            } else if (kind == Kind.TASK || kind == Kind.NOTE) {
                items.apply(kind, event.eventType(), event.payload(), event.eventTime());
            }
        }
        ObjectNode content = JsonNodeFactory.instance.objectNode().put("deleted", part.deleted());
        content.set("contact", part.contact());
        content.set("tasks", JsonNodeFactory.instance.arrayNode().addAll(items.list(Kind.TASK)));
        content.set("notes", JsonNodeFactory.instance.arrayNode().addAll(items.list(Kind.NOTE)));
        content.set("appointments", JsonNodeFactory.instance.arrayNode().addAll(items.list(Kind.APPOINTMENT)));
        return new ContactState(location, contactId, part.deleted(), part.contact(), items, part.time(),
                CanonicalJson.sha256(content));
    }

    private record ContactPart(JsonNode contact, boolean deleted, Instant time) {
    }

    /** The contact itself: from a delete, from HighLevel, from a poll finding, or as already known. */
    private ContactPart contactPart(ContactState stored, List<InboxEvent> events, EnrichmentCalls calls) {
        InboxEvent lastContactEvent = null;
        boolean changedInHighLevel = false;
        for (InboxEvent event : events) {
            if (event.eventType().startsWith("Contact")) {
                lastContactEvent = event;
                changedInHighLevel |= CHANGED_IN_HIGHLEVEL.contains(event.eventType());
            }
        }
        Instant newestTime = events.get(events.size() - 1).eventTime();
        if (lastContactEvent != null && lastContactEvent.eventType().equals("ContactDelete")) {
            return tombstone(stored, lastContactEvent.payload(), lastContactEvent.eventTime());
        }
        if (changedInHighLevel || (lastContactEvent == null && stored == null)) {
            JsonNode contact = calls.contact();
            return contact.isObject() ? new ContactPart(contact, false, updatedAt(contact, newestTime))
                    : tombstone(stored, events.get(events.size() - 1).payload(), newestTime);
        }
        if (lastContactEvent != null) { // a poll finding or a resync: the search answered the whole contact
            ObjectNode contact = lastContactEvent.payload().deepCopy();
            contact.remove("searchAfter");
            return new ContactPart(contact, false, updatedAt(contact, lastContactEvent.eventTime()));
        }
        return new ContactPart(stored.contact(), stored.deleted(), stored.sourceUpdatedAt() == null
                ? newestTime : stored.sourceUpdatedAt());
    }

    private static ContactPart tombstone(ContactState stored, JsonNode payload, Instant at) {
        JsonNode last = stored != null && stored.contact().isObject() ? stored.contact() : payload;
        return new ContactPart(last, true, at);
    }

    private static Instant updatedAt(JsonNode contact, Instant otherwise) {
        JsonNode updated = contact.path("dateUpdated");
        try {
            return updated.isTextual() ? Instant.parse(updated.asText()) : otherwise;
        } catch (java.time.format.DateTimeParseException notIso) {
            return otherwise;
        }
    }

    private static Kind kindOf(String type) {
        if (type.startsWith("Task")) {
            return Kind.TASK;
        }
        if (type.startsWith("Note")) {
            return Kind.NOTE;
        }
        return type.startsWith("Appointment") ? Kind.APPOINTMENT : null;
    }

    /** {@code ghl:<locationId>:contact:<contactId>} → the contact id; null for groups not about a contact. */
    static String contactOf(String groupKey, String locationId) {
        String prefix = "ghl:" + locationId + ":contact:";
        return locationId != null && groupKey.startsWith(prefix) ? groupKey.substring(prefix.length()) : null;
    }
}
