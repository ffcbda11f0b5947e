package io.ghlsync.sync.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.mapping.Mapper;
import io.ghlsync.sync.ContactSnapshot;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.pushpress.PushPressClient;
import io.ghlsync.webhook.InboxEvent;

/**
 * Bean {@code contactMirror}: HighLevel contacts ⇄ PushPress customers, for the flows
 * {@code routes/ghl-contact-to-pushpress.camel.yaml} and {@code routes/pushpress-customer-to-ghl.camel.yaml}.
 * <ul>
 * <li>A contact or customer not linked yet is linked to the other side's record with the same email (PushPress's
 * email filter; HighLevel's duplicate search by email or phone) before anything is created, so two populated
 * accounts are paired rather than doubled. The side whose change made the link wins the fields they differ in,
 * except fields the other side owns.</li>
 * <li>A linked pair is merged field by field ({@link FieldMerge}): only what changed is written, the echo of a
 * write is recognised and dropped, owned fields keep their owner's value.</li>
 * <li>Deletes follow {@code ghlsync.mirror.deletes.contact}.</li>
 * </ul>
 * PushPress customers are always read afresh before deciding (a webhook's copy may be older than a write the mirror
 * made since), HighLevel contacts come fresh in the snapshot.
 */
@Component("contactMirror")
@ConditionalOnSync
public class ContactMirror {

    static final String TARGET = "pushpress";
    static final String TYPE = "contact";
    private static final String LEAD_TEMPLATE = "ghl-contact-to-pushpress-lead";
    private static final String TO_APP_FLOW = "ghl-contact-to-pushpress";
    private static final String TO_GHL_FLOW = "pushpress-customer-to-ghl";
    private static final Logger log = LoggerFactory.getLogger(ContactMirror.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final PairMapping pair;
    private final SyncLinks links;
    private final PushPressClient pushpress;
    private final GhlApi ghl;
    private final GhlContactWriter ghlWriter;
    private final MirrorLocation location;
    private final MirrorDeletes deletes;
    private final MirrorMetrics metrics;
    private final PendingChanges pending;
    private final ObjectMapper json;

    ContactMirror(Mapper mapper, SyncLinks links, PushPressClient pushpress, GhlApi ghl, GhlContactWriter ghlWriter,
                  MirrorLocation location, MirrorDeletes deletes, MirrorMetrics metrics, PendingChanges pending,
                  ObjectMapper json) {
        this.pair = new PairMapping("contact", "ghl-contact-to-pushpress-customer", "pushpress-customer-to-ghl-contact",
                TARGET, mapper);
        this.links = links;
        this.pushpress = pushpress;
        this.ghl = ghl;
        this.ghlWriter = ghlWriter;
        this.location = location;
        this.deletes = deletes;
        this.metrics = metrics;
        this.pending = pending;
        this.json = json;
    }

    /** A HighLevel contact changed (or was deleted): bring its PushPress customer in line. */
    public void fromGhl(ContactSnapshot snapshot, Exchange exchange) {
        String loc = snapshot.locationId();
        if (!location.isMirrored(loc)) {
            log.debug("Contact {} of location {} is not mirrored (ghlsync.mirror.location-id)", snapshot.contactId(), loc);
            return;
        }
        Instant changedAt = snapshot.events().isEmpty() ? snapshot.sourceUpdatedAt()
                : snapshot.events().get(snapshot.events().size() - 1).time();
        if (snapshot.deleted()) {
            links.byGhl(loc, TARGET, TYPE, snapshot.contactId())
                    .ifPresent(link -> deletes.contactDeletedInGhl(link, TO_APP_FLOW, changedAt));
            return;
        }
        JsonNode contact = snapshot.contact();
        Map<String, JsonNode> view = pair.ghlView(loc, contact);
        SyncLink link = links.byGhl(loc, TARGET, TYPE, snapshot.contactId())
                .filter(found -> found.appId() != null)
                .orElseGet(() -> linkOrCreateCustomer(loc, snapshot.contactId(), contact, view, changedAt));
        if (link.deleted()) {
            return;
        }
        LinkState state = link.state();
        state.record(Side.GHL, contact);
        SyncLink linked = link;
        FieldMerge.Writes writes = FieldMerge.reconcile(state, Side.GHL, view, snapshot.sourceUpdatedAt(),
                pair.owners(loc), () -> currentCustomer(linked, state));
        writeToPushPress(link, state, writes.toApp(), TO_APP_FLOW, changedAt);
        writeToGhl(link, state, writes.toGhl().keySet(), TO_APP_FLOW, changedAt);
        links.save(link);
    }

    /** A PushPress customer was created, changed or deleted: bring its HighLevel contact in line. */
    public void fromPushPress(List<InboxEvent> events, Exchange exchange) {
        InboxEvent newest = events.get(events.size() - 1);
        String customerId = newest.payload().path("data").path("id").asText();
        String loc = location.id();
        if (newest.eventType().equals("customer.deleted")) {
            links.byApp(loc, TARGET, TYPE, customerId)
                    .ifPresent(link -> deletes.contactDeletedInApp(link, TO_GHL_FLOW, newest.eventTime()));
            return;
        }
        JsonNode customer;
        try {
            customer = json.valueToTree(pushpress.getCustomer(customerId));
        } catch (TargetNotFoundException deletedSince) {
            log.info("PushPress customer {} is gone; its customer.deleted event will follow", customerId);
            return;
        }
        exchange.getMessage().setHeader("objectType", TYPE);
        exchange.getMessage().setHeader("objectId", customerId);
        Map<String, JsonNode> view = pair.appView(loc, customer);
        SyncLink link = links.byApp(loc, TARGET, TYPE, customerId)
                .filter(found -> found.ghlId() != null)
                .orElseGet(() -> linkOrCreateContact(loc, customerId, customer, view, newest.eventTime()));
        if (link.deleted()) {
            return;
        }
        LinkState state = link.state();
        state.record(Side.APP, customer);
        SyncLink linked = link;
        FieldMerge.Writes writes = FieldMerge.reconcile(state, Side.APP, view, newest.eventTime(), pair.owners(loc),
                () -> currentContact(linked, state));
        writeToGhl(link, state, writes.toGhl().keySet(), TO_GHL_FLOW, newest.eventTime());
        writeToPushPress(link, state, writes.toApp(), TO_GHL_FLOW, newest.eventTime());
        links.save(link);
    }

    /** Links the contact to the PushPress customer with its email, or creates that customer as a lead. */
    private SyncLink linkOrCreateCustomer(String loc, String contactId, JsonNode contact, Map<String, JsonNode> view,
                                          Instant changedAt) {
        SyncLink link = links.reserveGhl(loc, TARGET, TYPE, contactId, null, null);
        if (link.appId() != null) {
            return link;
        }
        JsonNode email = view.get("email");
        Map<String, Object> existing = email == null || FieldMerge.absent(email) ? null
                : pushpress.findCustomerByEmail(email.asText());
        if (existing != null) {
            return join(link, Side.APP, String.valueOf(existing.get("id")), json.valueToTree(existing), loc);
        }
        ObjectNode lead = pair.appRecordFrom(loc, LEAD_TEMPLATE, contact);
        JsonNode created = json.valueToTree(pushpress.createLead(json.convertValue(lead, MAP)));
        metrics.wrote(TO_APP_FLOW, TARGET, "create", changedAt);
        return join(link, Side.APP, created.path("id").asText(), created, loc);
    }

    /** Links the customer to the HighLevel contact with its email or phone, or creates that contact (upsert). */
    private SyncLink linkOrCreateContact(String loc, String customerId, JsonNode customer, Map<String, JsonNode> view,
                                         Instant changedAt) {
        SyncLink link = links.reserveApp(loc, TARGET, TYPE, customerId, null, null);
        if (link.ghlId() != null) {
            return link;
        }
        JsonNode duplicate = findDuplicate(loc, customer);
        if (duplicate.isObject()) {
            return join(link, Side.GHL, duplicate.path("id").asText(), duplicate, loc);
        }
        var create = pair.ghlCreate(loc, customer);
        JsonNode contact = ghl.call("upsertContact", Map.of("locationId", loc), create.output()).path("contact");
        metrics.wrote(TO_GHL_FLOW, "ghl", "create", changedAt);
        return join(link, Side.GHL, contact.path("id").asText(), contact, loc);
    }

    /** Completes the reservation with the other side's record and what it holds. */
    private SyncLink join(SyncLink reserved, Side otherSide, String otherId, JsonNode otherRecord, String loc) {
        SyncLink joined = links.complete(reserved, otherSide, otherId);
        pair.see(joined.state(), loc, otherSide, otherRecord);
        return joined;
    }

    /** PushPress's customer as it is now, and when it last changed (its waiting webhook's time, else now). */
    private FieldMerge.Observed currentCustomer(SyncLink link, LinkState state) {
        JsonNode customer = json.valueToTree(pushpress.getCustomer(link.appId()));
        state.record(Side.APP, customer);
        return new FieldMerge.Observed(pair.appView(link.locationId(), customer),
                pending.pushPressCustomer(customer.path("companyId").asText(), link.appId()));
    }

    /** HighLevel's contact as it is now, and its dateUpdated. */
    private FieldMerge.Observed currentContact(SyncLink link, LinkState state) {
        JsonNode contact = ghl.call("getContact", Map.of("locationId", link.locationId(), "contactId", link.ghlId()))
                .path("contact");
        state.record(Side.GHL, contact);
        Instant at;
        try {
            at = Instant.parse(contact.path("dateUpdated").asText());
        } catch (java.time.format.DateTimeParseException missing) {
            at = pending.now();
        }
        return new FieldMerge.Observed(pair.ghlView(link.locationId(), contact), at);
    }

    private JsonNode findDuplicate(String loc, JsonNode customer) {
        for (String field : List.of("email", "phone")) {
            JsonNode value = customer.path(field);
            if (!FieldMerge.absent(value)) {
                JsonNode found = ghl.call("getDuplicateContact", Map.of("locationId", loc,
                        field.equals("email") ? "email" : "number", value.asText())).path("contact");
                if (found.isObject()) {
                    return found;
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void writeToPushPress(SyncLink link, LinkState state, Map<String, JsonNode> values, String flow,
                                  Instant changedAt) {
        if (values.isEmpty()) {
            return;
        }
        JsonNode answer = json.valueToTree(pushpress.updateCustomer(link.appId(),
                json.convertValue(PairMapping.appPatch(values), MAP)));
        metrics.wrote(flow, TARGET, "update", changedAt);
        pair.see(state, link.locationId(), Side.APP, answer);
    }

    private void writeToGhl(SyncLink link, LinkState state, Iterable<String> fields, String flow, Instant changedAt) {
        if (!fields.iterator().hasNext()) {
            return;
        }
        PairMapping.GhlChanges changes = pair.ghlChanges(link.locationId(), state.record(Side.APP), fields, state);
        JsonNode current = state.record(Side.GHL);
        if (!GhlContactWriter.writes(changes, current)) {
            return;
        }
        ObjectNode contact = ghlWriter.write(link.locationId(), link.ghlId(), changes, current);
        metrics.wrote(flow, "ghl", "update", changedAt);
        pair.see(state, link.locationId(), Side.GHL, contact);
    }
}
