package io.ghlsync.sandbox.pushpress;

import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.simulation.SimulatedService;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The PushPress simulator's gym: its customers in memory, and every change to them, whether made
 * through the API or by "staff" (the control API, or this bean in tests), emitted as the signed
 * webhook PushPress would send — including changes the app itself made, which is how echo loops
 * arise in real life. Reads answer copies; writes are serialised so the email index and the event
 * order stay consistent.
 */
public final class PushPressSimulator {

    private static final Set<String> SOURCES = Set.of("PLATFORM", "GROW_SYNC");

    private final PushPressSimulatorProperties properties;
    private final SimulatedService service;
    private final PushPressWebhooks webhooks;
    private final Map<String, Stored> customers = new ConcurrentHashMap<>();
    private final Map<String, String> idsByEmail = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final Object writes = new Object();

    private record Stored(long order, ObjectNode customer) {
    }

    PushPressSimulator(PushPressSimulatorProperties properties, SimulatedService service, PushPressWebhooks webhooks) {
        this.properties = properties;
        this.service = service;
        this.webhooks = webhooks;
        seed();
        service.onReset(this::forgetAndSeed);
    }

    /** Faults, rate limit, request log, webhook switch and reset of this simulator. */
    public SimulatedService service() {
        return service;
    }

    public Optional<ObjectNode> customer(String id) {
        Stored stored = customers.get(id);
        return stored == null ? Optional.empty() : Optional.of(stored.customer().deepCopy());
    }

    /** Every customer, oldest first. */
    public List<ObjectNode> customers() {
        return ordered(customers.values().stream()).toList();
    }

    /** {@code GET /customers}: a page of customers matching the filters (email exact, case-insensitive). */
    List<ObjectNode> page(int page, int limit, String email, String role) {
        Stream<Stored> matching = email == null ? customers.values().stream()
                : Optional.ofNullable(idsByEmail.get(normalised(email))).map(customers::get).stream();
        return ordered(matching.filter(stored -> role == null || role.equals(stored.customer().path("role").asText())))
                .skip((long) (page - 1) * limit).limit(limit).toList();
    }

    /** {@code POST /customers}: a new customer with role {@code lead} (the only kind the API creates). */
    public ObjectNode createLead(JsonNode lead) {
        if (lead != null && lead.has("source") && !SOURCES.contains(lead.path("source").asText())) {
            throw CustomerDocument.invalid("source", "must be one of " + SOURCES);
        }
        if (lead != null && lead.has("id") && !(lead.get("id").isTextual() && !lead.get("id").asText().isBlank())) {
            throw CustomerDocument.invalid("id", "must be a non-empty string");
        }
        String id = lead != null && lead.has("id") ? lead.get("id").asText() : newId();
        return create(CustomerDocument.merged(CustomerDocument.blank(id, properties.companyId()), lead,
                CustomerDocument.LEAD_FIELDS));
    }

    /** Staff adds a customer of any role (default {@code member}). */
    public ObjectNode createCustomer(JsonNode customer) {
        ObjectNode blank = CustomerDocument.blank(newId(), properties.companyId());
        blank.put("role", "member");
        return create(CustomerDocument.merged(blank, customer, CustomerDocument.EDITABLE));
    }

    /**
     * Changes some fields; emits {@code customer.details.changed} when anything but the role changed
     * and {@code customer.status.changed} when the role did. A change to nothing emits nothing.
     */
    public ObjectNode update(String id, JsonNode changes) {
        synchronized (writes) {
            Stored stored = existing(id);
            ObjectNode after = CustomerDocument.merged(stored.customer(), changes, CustomerDocument.EDITABLE);
            String email = normalised(after.get("email").asText());
            String owner = idsByEmail.get(email);
            if (owner != null && !owner.equals(id)) {
                throw new SimulatorRejection(409, "A customer with email " + after.get("email").asText()
                        + " already exists");
            }
            idsByEmail.remove(normalised(stored.customer().get("email").asText()));
            idsByEmail.put(email, id);
            customers.put(id, new Stored(stored.order(), after));
            ObjectNode before = stored.customer();
            if (!withoutRole(before).equals(withoutRole(after))) {
                webhooks.emit(PushPressWebhooks.DETAILS_CHANGED, id, after.deepCopy());
            }
            if (!before.get("role").equals(after.get("role"))) {
                webhooks.emit(PushPressWebhooks.STATUS_CHANGED, id, after.deepCopy());
            }
            return after.deepCopy();
        }
    }

    /** Staff changes the membership status, i.e. the role (e.g. lead → member → ex-member). */
    public ObjectNode changeRole(String id, String role) {
        return update(id, JsonNodeFactory.instance.objectNode().put("role", role));
    }

    /** Removes the customer; the webhook carries only {@code {id, companyId}}, as PushPress's does. */
    public void delete(String id) {
        synchronized (writes) {
            Stored stored = existing(id);
            customers.remove(id);
            idsByEmail.remove(normalised(stored.customer().get("email").asText()));
            webhooks.emit(PushPressWebhooks.DELETED, id, JsonNodeFactory.instance.objectNode()
                    .put("id", id).put("companyId", properties.companyId()));
        }
    }

    private ObjectNode create(ObjectNode customer) {
        synchronized (writes) {
            String id = customer.get("id").asText();
            if (customers.containsKey(id)) {
                throw new SimulatorRejection(409, "A customer with id " + id + " already exists");
            }
            // Assumption (undocumented by PushPress): a gym knows a person once, by email.
            String email = normalised(customer.get("email").asText());
            if (idsByEmail.putIfAbsent(email, id) != null) {
                throw new SimulatorRejection(409, "A customer with email " + customer.get("email").asText()
                        + " already exists");
            }
            customers.put(id, new Stored(created.incrementAndGet(), customer));
            webhooks.emit(PushPressWebhooks.CREATED, id, customer.deepCopy());
            return customer.deepCopy();
        }
    }

    private Stored existing(String id) {
        Stored stored = customers.get(id);
        if (stored == null) {
            throw new SimulatorRejection(404, "Customer " + id + " not found");
        }
        return stored;
    }

    private void forgetAndSeed() {
        synchronized (writes) {
            customers.clear();
            idsByEmail.clear();
            seed();
        }
    }

    /** Seeded customers were there before anyone listened: they emit no webhooks. */
    private void seed() {
        for (ObjectNode customer : CustomerSeeder.customers(properties.seedCustomers(), properties.seed(),
                properties.companyId())) {
            String id = customer.get("id").asText();
            customers.put(id, new Stored(created.incrementAndGet(), customer));
            idsByEmail.put(normalised(customer.get("email").asText()), id);
        }
    }

    private static Stream<ObjectNode> ordered(Stream<Stored> stored) {
        return stored.sorted(Comparator.comparingLong(Stored::order)).map(s -> s.customer().deepCopy());
    }

    private static ObjectNode withoutRole(ObjectNode customer) {
        ObjectNode copy = customer.deepCopy();
        copy.remove("role");
        return copy;
    }

    private static String newId() {
        byte[] random = new byte[10];
        ThreadLocalRandom.current().nextBytes(random);
        return "usr_" + HexFormat.of().formatHex(random);
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
