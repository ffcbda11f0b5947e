package io.ghlsync.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The mapping engine as flows use it, registered as the bean {@code mapper}.
 *
 * <p>Java: {@link #map(String, String, JsonNode)}. YAML routes:
 * {@code - bean: {ref: mapper, method: "apply('ghl-contact-to-pushpress-customer', *)"}} maps the
 * message body for the location in header {@code locationId} and replaces the body with the output
 * (a {@code Map}, so later steps can read {@code ${body[email]}}); warnings and tag changes travel in
 * headers. A record that cannot be mapped throws {@link MappingException}, which the flow's error
 * handling sends to the dead letters; other records are unaffected.
 */
public final class Mapper {

    /** The customer folder used for every location not listed in {@code ghlsync.mapping.customers}. */
    public static final String DEFAULT_CUSTOMER = "default";
    /** Header holding the location a record belongs to (docs/architecture.md, the ghl: component). */
    public static final String LOCATION_HEADER = "locationId";
    /** Header set by {@link #apply}: the warnings, as {@code "field: message"} texts. */
    public static final String WARNINGS_HEADER = "mappingWarnings";
    /** Headers set by {@link #apply} for templates with a {@code tags:} section. */
    public static final String TAGS_ADD_HEADER = "mappingTagsToAdd";
    public static final String TAGS_REMOVE_HEADER = "mappingTagsToRemove";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final TemplateRegistry registry;
    private final Map<String, String> customers;

    private Mapper(TemplateRegistry registry, Map<String, String> customers) {
        this.registry = registry;
        this.customers = Map.copyOf(customers);
    }

    /**
     * Loads and validates every customer folder under {@code directory}.
     *
     * @param customers locationId → customer folder; unlisted locations use {@code default}
     */
    public static Mapper load(Path directory, Map<String, String> customers) {
        Mapper mapper = new Mapper(new TemplateRegistry(directory, ModelCatalog.load()), customers);
        mapper.reload();
        return mapper;
    }

    /**
     * Maps one record with the template of the location's customer.
     *
     * @throws MappingException            when this record cannot be mapped (names template, field, problem)
     * @throws TemplateUnavailableException when the template does not exist or is invalid
     */
    public MappingResult map(String locationId, String template, JsonNode source) {
        return registry.template(customerFor(locationId), template).map(source, locationId);
    }

    /** Maps one record with a named customer's template, as the preview does. */
    public MappingResult preview(String customer, String template, JsonNode source, String locationId) {
        return registry.template(customer, template).map(source, locationId);
    }

    /** For YAML routes: maps the body for header {@code locationId}; see the class comment. */
    public Map<String, Object> apply(String template, Exchange exchange) {
        Message message = exchange.getMessage();
        MappingResult result = map(message.getHeader(LOCATION_HEADER, String.class), template, body(message.getBody(), template));
        message.setHeader(WARNINGS_HEADER, result.warnings().stream().map(FieldWarning::toString).toList());
        if (result.tagChanges() != TagChanges.NONE) {
            message.setHeader(TAGS_ADD_HEADER, result.tagChanges().add());
            message.setHeader(TAGS_REMOVE_HEADER, result.tagChanges().remove());
        }
        return JSON.convertValue(result.output(), MAP);
    }

    /**
     * The target fields a template writes, as written in it ({@code name.first}, {@code customFields[gender]}): the
     * fields the mirror compares between the two sides of a pair.
     */
    public List<String> targetFields(String locationId, String template) {
        return registry.template(customerFor(locationId), template).rules().stream()
                .map(rule -> rule.target().toString()).toList();
    }

    /** The customer folder whose templates the location uses. */
    public String customerFor(String locationId) {
        return locationId == null ? DEFAULT_CUSTOMER : customers.getOrDefault(locationId, DEFAULT_CUSTOMER);
    }

    /**
     * Field ownership of a pair of templates ({@code pair:} in both files) for the location's customer.
     * Empty ownership (everything last-writer-wins) when no template declares the pair.
     */
    public FieldOwnership ownership(String locationId, String pair) {
        CustomerMappings mappings = registry.customer(customerFor(locationId));
        Map<String, Map<String, String>> bySide = new HashMap<>();
        if (mappings != null) {
            for (Template template : mappings.templates().values()) {
                if (pair.equals(template.pair())) {
                    bySide.put(template.target().system(), template.owners());
                }
            }
        }
        return new FieldOwnership(pair, bySide);
    }

    /** Shortcut: which system owns {@code field} (as {@code side} names it) in {@code pair}; empty → last writer wins. */
    public Optional<String> owner(String locationId, String pair, String side, String field) {
        return ownership(locationId, pair).ownerOf(side, field);
    }

    /** Problems of the named customers' templates (missing folders included), for startup checks. */
    public List<TemplateProblem> problems(Iterable<String> customerNames) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (String customer : customerNames) {
            CustomerMappings mappings = registry.customer(customer);
            if (mappings == null) {
                problems.add(new TemplateProblem(registry.root().resolve(customer).toString(), 0,
                        "customer folder does not exist"));
                continue;
            }
            mappings.problems().values().forEach(problems::addAll);
        }
        return problems;
    }

    /** The customers named in configuration plus {@code default}: the folders flows can reach. */
    public List<String> activeCustomers() {
        Set<String> active = new TreeSet<>(customers.values());
        active.add(DEFAULT_CUSTOMER);
        return List.copyOf(active);
    }

    /** Every customer folder found under the mappings directory. */
    public List<String> allCustomers() {
        return registry.snapshot().keySet().stream().sorted().toList();
    }

    /** The templates of a customer that can be used, by name. */
    public List<String> templates(String customer) {
        CustomerMappings mappings = registry.customer(customer);
        return mappings == null ? List.of() : mappings.templates().keySet().stream().sorted().toList();
    }

    /** The source model a template reads, e.g. {@code ghl-contact} (to pick a sample). */
    public String sourceModel(String customer, String template) {
        return registry.template(customer, template).source().name();
    }

    /** Re-reads changed folders; a template whose new file is invalid keeps its previous version. */
    public List<String> reload() {
        return registry.reload();
    }

    private static JsonNode body(Object body, String template) {
        try {
            if (body instanceof JsonNode node) {
                return node;
            }
            if (body instanceof String text) {
                return JSON.readTree(text);
            }
            if (body instanceof byte[] bytes) {
                return JSON.readTree(bytes);
            }
            return JSON.valueToTree(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new MappingException(template, "(record)", "the message body is not JSON: " + e.getMessage());
        }
    }
}
