package io.ghlsync.sandbox.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The app's tasks or its notes, in memory. Every change, through the API or by "the app's user"
 * (control API, or this class in tests), emits the app's webhook — API-made ones included, as a
 * real app would. {@code updatedAt} strictly increases per record, even within one millisecond,
 * so last-writer-wins by update time is never a tie. A change that changes nothing emits nothing.
 */
public final class AppRecords {

    private final AppRecordShape shape;
    private final AppWebhooks webhooks;
    private final Map<String, Stored> records = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final Object writes = new Object();
    private final Clock clock = Clock.systemUTC();

    private record Stored(long order, ObjectNode record) {
    }

    AppRecords(AppRecordShape shape, AppWebhooks webhooks) {
        this.shape = shape;
        this.webhooks = webhooks;
    }

    public Optional<ObjectNode> get(String id) {
        Stored stored = records.get(id);
        return stored == null ? Optional.empty() : Optional.of(stored.record().deepCopy());
    }

    /** The records of one customer (every record when {@code customerId} is null), oldest first. */
    public List<ObjectNode> list(String customerId) {
        return records.values().stream()
                .filter(s -> customerId == null || customerId.equals(s.record().path("customerId").asText()))
                .sorted(Comparator.comparingLong(Stored::order))
                .map(s -> s.record().deepCopy())
                .toList();
    }

    public ObjectNode create(JsonNode body) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        shape.order().forEach(record::putNull);
        record.put("id", shape.kind() + "_" + randomHex());
        if (shape.completable()) {
            record.put("status", "open");
        }
        apply(record, body);
        for (String field : shape.required()) {
            if (record.get(field).isNull()) {
                throw new SimulatorRejection(400, field + " is required");
            }
        }
        synchronized (writes) {
            Instant now = tick(null);
            if (shape.completable() && "done".equals(record.get("status").asText())) {
                record.put("completedAt", now.toString());
            }
            if (record.has("createdAt")) {
                record.put("createdAt", now.toString());
            }
            record.put("updatedAt", now.toString());
            records.put(record.get("id").asText(), new Stored(created.incrementAndGet(), record));
            webhooks.emit(shape.kind() + ".created", now, record.deepCopy());
            return record.deepCopy();
        }
    }

    /**
     * Changes the given fields. A task whose status becomes {@code done} gets {@code completedAt}
     * and emits {@code task.completed}; back to {@code open} clears it; anything else emits
     * {@code <kind>.updated}.
     */
    public ObjectNode update(String id, JsonNode changes) {
        synchronized (writes) {
            Stored stored = existing(id);
            ObjectNode before = stored.record();
            ObjectNode after = before.deepCopy();
            apply(after, changes);
            if (after.equals(before)) {
                return before.deepCopy();
            }
            Instant now = tick(Instant.parse(before.get("updatedAt").asText()));
            boolean completed = false;
            if (shape.completable() && !after.get("status").equals(before.get("status"))) {
                completed = "done".equals(after.get("status").asText());
                if (completed) {
                    after.put("completedAt", now.toString());
                } else {
                    after.putNull("completedAt");
                }
            }
            after.put("updatedAt", now.toString());
            records.put(id, new Stored(stored.order(), after));
            webhooks.emit(shape.kind() + (completed ? ".completed" : ".updated"), now, after.deepCopy());
            return after.deepCopy();
        }
    }

    /** Marks a task done; completing a done task changes nothing. */
    public ObjectNode complete(String id) {
        if (!shape.completable()) {
            throw new SimulatorRejection(404, shape.kind() + "s cannot be completed");
        }
        return update(id, JsonNodeFactory.instance.objectNode().put("status", "done"));
    }

    /** Removes the record; the webhook carries the record as it was. */
    public void delete(String id) {
        synchronized (writes) {
            Stored stored = existing(id);
            records.remove(id);
            webhooks.emit(shape.kind() + ".deleted", clock.instant(), stored.record().deepCopy());
        }
    }

    void clear() {
        synchronized (writes) {
            records.clear();
        }
    }

    private void apply(ObjectNode record, JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            throw new SimulatorRejection(400, "body must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (shape.accepts(field.getKey(), field.getValue())) {
                record.set(field.getKey(), field.getValue());
            }
        }
    }

    private Stored existing(String id) {
        Stored stored = records.get(id);
        if (stored == null) {
            throw new SimulatorRejection(404, shape.kind() + " " + id + " not found");
        }
        return stored;
    }

    private Instant tick(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return previous != null && !now.isAfter(previous) ? previous.plusMillis(1) : now;
    }

    private static String randomHex() {
        byte[] random = new byte[10];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
