package io.ghlsync.sync.mirror;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ghl.GhlApi;
import io.ghlsync.mapping.Mapper;
import io.ghlsync.sync.ContactSnapshot;
import io.ghlsync.sync.GhlEvent;
import io.ghlsync.sync.mirror.MirrorProperties.DeletePolicy;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.app.AppClient;
import io.ghlsync.webhook.InboxEvent;

/**
 * Beans {@code taskMirror} and {@code noteMirror}: a HighLevel contact's tasks (or notes) ⇄ the app's tasks (notes)
 * of the PushPress customer linked to that contact. Used by the flows {@code routes/ghl-task-to-app.camel.yaml},
 * {@code app-task-to-ghl}, {@code ghl-note-to-app} and {@code app-note-to-ghl}.
 * <ul>
 * <li>an item without a link is created on the other side; the link is reserved before the creation so that a retry
 * or the creation's own echo finds it rather than creating a second item;</li>
 * <li>linked items are merged field by field ({@link FieldMerge}); a task's completion goes through HighLevel's
 * {@code PUT …/tasks/{taskId}/completed} and the app's complete action;</li>
 * <li>a linked item missing from the contact's snapshot, or an app delete event, follows
 * {@code ghlsync.mirror.deletes.task|note}.</li>
 * </ul>
 * One item's failure does not stop the others; the batch then goes to the error path ({@link ItemsFailedException}).
 */
public class ItemMirror {

    private static final String TARGET = "app";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ItemKind kind;
    private final PairMapping pair;
    private final SyncLinks links;
    private final AppClient app;
    private final GhlApi ghl;
    private final MirrorLocation location;
    private final MirrorDeletes deletes;
    private final DeletePolicy deletePolicy;
    private final MirrorMetrics metrics;
    private final ObjectMapper json;
    private final String toAppFlow;
    private final String toGhlFlow;

    ItemMirror(ItemKind kind, Mapper mapper, SyncLinks links, AppClient app, GhlApi ghl, MirrorLocation location,
               MirrorDeletes deletes, DeletePolicy deletePolicy, MirrorMetrics metrics, ObjectMapper json) {
        this.kind = kind;
        this.pair = new PairMapping(kind.type, kind.toApp, kind.toGhl, TARGET, mapper);
        this.links = links;
        this.app = app;
        this.ghl = ghl;
        this.location = location;
        this.deletes = deletes;
        this.deletePolicy = deletePolicy;
        this.metrics = metrics;
        this.json = json;
        this.toAppFlow = "ghl-" + kind.type + "-to-app";
        this.toGhlFlow = "app-" + kind.type + "-to-ghl";
    }

    /** The contact's items in a HighLevel snapshot → the app. */
    public void fromGhl(ContactSnapshot snapshot, Exchange exchange) {
        String loc = snapshot.locationId();
        if (!location.isMirrored(loc)) {
            return;
        }
        List<JsonNode> items = snapshot.deleted() ? List.of() : kind.of(snapshot);
        Instant at = snapshot.events().isEmpty() ? snapshot.sourceUpdatedAt()
                : snapshot.events().get(snapshot.events().size() - 1).time();
        Set<String> present = new HashSet<>();
        items.forEach(item -> present.add(item.path("id").asText()));
        for (SyncLink link : links.byGhlParent(loc, TARGET, kind.type, snapshot.contactId())) {
            if (link.ghlId() != null && !present.contains(link.ghlId())) {
                deletes.itemDeletedInGhl(link, deletePolicy, toAppFlow, at);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        String customerId = links.byGhl(loc, ContactMirror.TARGET, ContactMirror.TYPE, snapshot.contactId())
                .filter(link -> link.appId() != null && !link.deleted()).map(SyncLink::appId)
                .orElseThrow(() -> new NotLinkedYetException("HighLevel contact " + snapshot.contactId()
                        + " is not linked to a PushPress customer yet, so its " + kind.type + "s have no app customer"));
        List<RuntimeException> failures = new ArrayList<>();
        for (JsonNode item : items) {
            try {
                fromGhl(loc, snapshot.contactId(), customerId, item, itemTime(snapshot, item, at));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new ItemsFailedException(kind.type + "s of contact " + snapshot.contactId(), failures);
        }
    }

    /** An app customer's events of this kind → HighLevel. */
    public void fromApp(List<InboxEvent> events, Exchange exchange) {
        Map<String, InboxEvent> newestPerItem = new LinkedHashMap<>();
        for (InboxEvent event : events) {
            if (event.eventType().startsWith(kind.eventPrefix())) {
                newestPerItem.put(event.payload().path("data").path("id").asText(), event);
            }
        }
        List<RuntimeException> failures = new ArrayList<>();
        newestPerItem.forEach((id, event) -> {
            try {
                fromApp(location.id(), id, event);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw new ItemsFailedException("app " + kind.type + "s", failures);
        }
    }

    private void fromGhl(String loc, String contactId, String customerId, JsonNode item, Instant at) {
        String itemId = item.path("id").asText();
        Map<String, JsonNode> view = pair.ghlView(loc, item);
        SyncLink link = links.byGhl(loc, TARGET, kind.type, itemId).orElse(null);
        if (link != null && link.deleted()) {
            return;
        }
        if (link == null || link.appId() == null) {
            link = linkOrCreateInApp(loc, contactId, customerId, item, view, at, link != null);
        }
        LinkState state = link.state();
        state.record(Side.GHL, item);
        SyncLink linked = link;
        FieldMerge.Writes writes = FieldMerge.reconcile(state, Side.GHL, view, at, pair.owners(loc),
                () -> currentAppItem(linked, state));
        writeToApp(link, state, writes.toApp(), toAppFlow, at);
        writeToGhl(link, state, writes.toGhl().keySet(), toAppFlow, at);
        links.save(link);
    }

    private void fromApp(String loc, String itemId, InboxEvent event) {
        if (event.eventType().endsWith(".deleted")) {
            links.byApp(loc, TARGET, kind.type, itemId)
                    .ifPresent(link -> deletes.itemDeletedInApp(link, deletePolicy, toGhlFlow, event.eventTime()));
            return;
        }
        JsonNode record;
        try {
            record = json.valueToTree(kind.appGet(app, itemId));
        } catch (TargetNotFoundException deletedSince) {
            return; // its delete event follows
        }
        String customerId = record.path("customerId").asText();
        Instant at = updatedAt(record, event.eventTime());
        Map<String, JsonNode> view = pair.appView(loc, record);
        SyncLink link = links.byApp(loc, TARGET, kind.type, itemId).orElse(null);
        if (link != null && link.deleted()) {
            return;
        }
        if (link == null || link.ghlId() == null) {
            String contactId = links.byApp(loc, ContactMirror.TARGET, ContactMirror.TYPE, customerId)
                    .filter(contact -> contact.ghlId() != null && !contact.deleted()).map(SyncLink::ghlId)
                    .orElseThrow(() -> new NotLinkedYetException("app customer " + customerId
                            + " is not linked to a HighLevel contact yet, so its " + kind.type + " " + itemId + " cannot be placed"));
            link = linkOrCreateInGhl(loc, contactId, customerId, record, view, at, link != null);
        }
        LinkState state = link.state();
        state.record(Side.APP, record);
        SyncLink linked = link;
        FieldMerge.Writes writes = FieldMerge.reconcile(state, Side.APP, view, at, pair.owners(loc),
                () -> currentGhlItem(linked, state));
        writeToGhl(link, state, writes.toGhl().keySet(), toGhlFlow, at);
        writeToApp(link, state, writes.toApp(), toGhlFlow, at);
        links.save(link);
    }

    /**
     * Creates the item in the app, unless it is the echo of an item the app created (an app item of this customer,
     * reserved for HighLevel, with the same content) or — after an interrupted attempt — already there.
     */
    private SyncLink linkOrCreateInApp(String loc, String contactId, String customerId, JsonNode item,
                                       Map<String, JsonNode> view, Instant at, boolean triedBefore) {
        for (SyncLink reserved : links.reservedForGhlParent(loc, TARGET, kind.type, contactId)) {
            JsonNode record = json.valueToTree(kind.appGet(app, reserved.appId()));
            if (sameContent(view, pair.appView(loc, record))) {
                return adopt(reserved, Side.GHL, item.path("id").asText(), item, loc);
            }
        }
        SyncLink link = links.reserveGhl(loc, TARGET, kind.type, item.path("id").asText(), contactId, customerId);
        if (link.appId() != null) {
            return link;
        }
        if (triedBefore) {
            for (Map<String, Object> existing : kind.appList(app, customerId)) {
                JsonNode record = json.valueToTree(existing);
                if (links.byApp(loc, TARGET, kind.type, record.path("id").asText()).isEmpty()
                        && sameContent(view, pair.appView(loc, record))) {
                    return adopt(link, Side.APP, record.path("id").asText(), record, loc);
                }
            }
        }
        ObjectNode record = pair.appRecordFrom(loc, kind.toApp, item);
        record.put("customerId", customerId);
        JsonNode created = json.valueToTree(kind.appCreate(app, json.convertValue(record, MAP)));
        metrics.wrote(toAppFlow, TARGET, "create", at);
        return adopt(link, Side.APP, created.path("id").asText(), created, loc);
    }

    /** The mirror image of {@link #linkOrCreateInApp}: creates the app's item in HighLevel. */
    private SyncLink linkOrCreateInGhl(String loc, String contactId, String customerId, JsonNode record,
                                       Map<String, JsonNode> view, Instant at, boolean triedBefore) {
        for (SyncLink reserved : links.reservedForAppParent(loc, TARGET, kind.type, customerId)) {
            JsonNode item = kind.ghlGet(ghl, loc, reserved.ghlParentId(), reserved.ghlId());
            if (sameContent(view, pair.ghlView(loc, item))) {
                return adopt(reserved, Side.APP, record.path("id").asText(), record, loc);
            }
        }
        SyncLink link = links.reserveApp(loc, TARGET, kind.type, record.path("id").asText(), contactId, customerId);
        if (link.ghlId() != null) {
            return link;
        }
        if (triedBefore) {
            for (JsonNode existing : kind.ghlList(ghl, loc, contactId)) {
                if (links.byGhl(loc, TARGET, kind.type, existing.path("id").asText()).isEmpty()
                        && sameContent(view, pair.ghlView(loc, existing))) {
                    return adopt(link, Side.GHL, existing.path("id").asText(), existing, loc);
                }
            }
        }
        JsonNode created = kind.ghlCreate(ghl, loc, contactId, pair.ghlCreate(loc, record).output());
        metrics.wrote(toGhlFlow, "ghl", "create", at);
        return adopt(link, Side.GHL, created.path("id").asText(), created, loc);
    }

    /** Completes a reserved link with the other side's item and what it holds. */
    private SyncLink adopt(SyncLink reserved, Side otherSide, String otherId, JsonNode otherRecord, String loc) {
        SyncLink link = links.complete(reserved, otherSide, otherId);
        pair.see(link.state(), loc, otherSide, otherRecord);
        return link;
    }

    private void writeToApp(SyncLink link, LinkState state, Map<String, JsonNode> values, String flow, Instant at) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, JsonNode> changes = new LinkedHashMap<>(values);
        JsonNode answer = null;
        // A task becoming done goes through the app's complete action (it may do more than set a field).
        if (kind == ItemKind.TASK && "done".equals(text(changes.get("status")))) {
            changes.remove("status");
            answer = json.valueToTree(app.completeTask(link.appId()));
            metrics.wrote(flow, TARGET, "complete", at);
        }
        if (!changes.isEmpty()) {
            answer = json.valueToTree(kind.appUpdate(app, link.appId(), json.convertValue(PairMapping.appPatch(changes), MAP)));
            metrics.wrote(flow, TARGET, "update", at);
        }
        pair.see(state, link.locationId(), Side.APP, answer);
    }

    private void writeToGhl(SyncLink link, LinkState state, Iterable<String> fields, String flow, Instant at) {
        if (!fields.iterator().hasNext()) {
            return;
        }
        ObjectNode body = pair.ghlChanges(link.locationId(), state.record(Side.APP), fields, state).body();
        JsonNode current = state.record(Side.GHL);
        ObjectNode changes = body.deepCopy();
        current.fields().forEachRemaining(field -> {
            if (field.getValue().equals(changes.get(field.getKey()))) {
                changes.remove(field.getKey());
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        JsonNode answer = null;
        if (kind == ItemKind.TASK && changes.has("completed")) {
            answer = ghl.call("updateTaskCompleted", kind.ghlParameters(link.locationId(), link.ghlParentId(), link.ghlId()),
                    Map.of("completed", changes.remove("completed").asBoolean())).path("task");
            metrics.wrote(flow, "ghl", "complete", at);
        }
        if (!changes.isEmpty()) {
            answer = kind.ghlUpdate(ghl, link.locationId(), link.ghlParentId(), link.ghlId(), changes);
            metrics.wrote(flow, "ghl", "update", at);
        }
        pair.see(state, link.locationId(), Side.GHL, answer);
    }

    /** The app's item as it is now, and its updatedAt. */
    private FieldMerge.Observed currentAppItem(SyncLink link, LinkState state) {
        JsonNode record = json.valueToTree(kind.appGet(app, link.appId()));
        state.record(Side.APP, record);
        return new FieldMerge.Observed(pair.appView(link.locationId(), record), updatedAt(record, java.time.Instant.now()));
    }

    /** HighLevel's item as it is now. Tasks and notes carry no update time (contacts.json TaskSchema): taken as now. */
    private FieldMerge.Observed currentGhlItem(SyncLink link, LinkState state) {
        JsonNode item = kind.ghlGet(ghl, link.locationId(), link.ghlParentId(), link.ghlId());
        state.record(Side.GHL, item);
        return new FieldMerge.Observed(pair.ghlView(link.locationId(), item), java.time.Instant.now());
    }

    private static boolean sameContent(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        return a.keySet().stream().allMatch(field -> FieldMerge.same(a.get(field), b.get(field)));
    }

    /** When HighLevel last touched the item: the newest event about it in the snapshot, else the snapshot's time. */
    private static Instant itemTime(ContactSnapshot snapshot, JsonNode item, Instant otherwise) {
        Instant newest = null;
        for (GhlEvent event : snapshot.events()) {
            if (item.path("id").asText().equals(event.payload().path("id").asText())) {
                newest = event.time();
            }
        }
        return newest == null ? otherwise : newest;
    }

    private static Instant updatedAt(JsonNode record, Instant otherwise) {
        try {
            return record.hasNonNull("updatedAt") ? Instant.parse(record.get("updatedAt").asText()) : otherwise;
        } catch (java.time.format.DateTimeParseException notIso) {
            return otherwise;
        }
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.asText();
    }
}
