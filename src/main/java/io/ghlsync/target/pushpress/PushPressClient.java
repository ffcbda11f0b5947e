package io.ghlsync.target.pushpress;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.sandbox.pushpress.PushPressSimulatorProperties;
import io.ghlsync.target.RestAction;
import io.ghlsync.target.TargetConnection;
import io.ghlsync.target.TargetConnection.Setting;
import io.ghlsync.target.TargetHttp;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetMalformedResponseException;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.TargetUnsupportedOperationException;
import io.ghlsync.target.TargetValidationException;

/**
 * PushPress Platform API v3 customers (docs/api-research.md §3), as the bean {@code pushpress}.
 * Customers travel as JSON-shaped maps so YAML routes can read {@code ${body[email]}}; a lead is a
 * customer with {@code role: "lead"}. Method by method, see docs/targets.md.
 */
@Component("pushpress")
@ConditionalOnSync
public class PushPressClient {

    static final String TARGET = "pushpress";
    /** Body fields {@code POST /customers} accepts (SDK {@code CreateCustomerRequest}). */
    private static final Set<String> LEAD_FIELDS = Set.of("email", "id", "assignedToStaffId", "address", "name",
            "phone", "emergencyContact", "dob", "gender", "account", "source");
    private static final Set<String> ROLES = Set.of("superuser", "admin", "coach", "frontdesk", "member",
            "non-member", "ex-member", "lead");
    private static final String UNPUBLISHED = "PushPress's published Platform API v3 has no customer %s "
            + "(docs/api-research.md §3); set %s to the \"METHOD /path\" your PushPress deployment offers, "
            + "or to \"\" to switch it off (docs/targets.md)";

    private final TargetHttp http;
    private final int pageSize;
    private final RestAction update;
    private final RestAction delete;

    PushPressClient(PushPressProperties properties, PushPressSimulatorProperties simulator, TargetHttpFactory factory) {
        this.pageSize = properties.pageSize();
        this.update = properties.updateAction();
        this.delete = properties.deleteAction();
        TargetConnection live = TargetConnection.live(
                new Setting("ghlsync.pushpress.base-url", "GHLSYNC_PUSHPRESS_BASE_URL", properties.baseUrl()),
                Map.of("API-KEY", new Setting("ghlsync.pushpress.api-key", "GHLSYNC_PUSHPRESS_API_KEY",
                                properties.apiKey()),
                        "company-id", new Setting("ghlsync.pushpress.company-id", "GHLSYNC_PUSHPRESS_COMPANY_ID",
                                properties.companyId())));
        this.http = factory.create(TARGET, properties.http(), factory.sandbox()
                ? () -> TargetConnection.sandbox(factory.simulator(TARGET) + "/v3",
                        Map.of("API-KEY", simulator.apiKey(), "company-id", simulator.companyId()))
                : () -> live);
    }

    /**
     * One page of {@code GET /customers}; every argument may be null (PushPress's defaults: page 1,
     * limit 10, no filter).
     */
    public List<Map<String, Object>> listCustomers(Integer page, Integer limit, String email, String role) {
        String operation = "listCustomers";
        if (role != null && !ROLES.contains(role)) {
            throw new TargetValidationException(TARGET, operation, "role", "must be one of " + ROLES);
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("page", page);
        query.put("limit", limit);
        query.put("email", email);
        query.put("role", role);
        String path = "/customers" + RestAction.queryString(query);
        JsonNode answer = http.call(operation, "GET", path, null);
        JsonNode results = answer.path("data").path("resultArray");
        if (!results.isArray()) {
            throw new TargetMalformedResponseException(TARGET, operation, "no data.resultArray in the answer", null);
        }
        return http.objects(operation, results);
    }

    /**
     * Every customer (of {@code role}, or all when null), page after page as the iteration goes on;
     * stops at the first page shorter than {@code ghlsync.pushpress.page-size}, as the official SDK's
     * paginator does. For {@code split: { streaming: true }}.
     */
    public Iterator<Map<String, Object>> allCustomers(String role) {
        return new CustomerPages(page -> listCustomers(page, pageSize, null, role), pageSize);
    }

    /**
     * The customer whose email is {@code email} (case-insensitive), or null when there is none. The
     * answer is re-checked here because PushPress does not document whether its {@code email} filter
     * matches exactly; the oldest match wins when several share the address.
     */
    public Map<String, Object> findCustomerByEmail(String email) {
        requireText("findCustomerByEmail", "email", email);
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return listCustomers(1, pageSize, email.trim(), null).stream()
                .filter(customer -> customer.get("email") instanceof String found
                        && found.trim().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().orElse(null);
    }

    /** {@code GET /customers/{uuid}}: the bare customer; {@link TargetNotFoundException} when unknown. */
    public Map<String, Object> getCustomer(String uuid) {
        requireText("getCustomer", "uuid", uuid);
        return http.object("getCustomer", http.call("getCustomer", "GET", "/customers/" + segment(uuid), null));
    }

    /** {@code POST /customers}: creates a lead (the only kind the API creates); {@code email} required. */
    public Map<String, Object> createLead(Map<String, Object> lead) {
        String operation = "createLead";
        if (lead == null) {
            throw new TargetValidationException(TARGET, operation, "body", "is required (a map with at least email)");
        }
        lead.keySet().stream().filter(field -> !LEAD_FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new TargetValidationException(TARGET, operation, field, "is not accepted by POST /customers; "
                    + "allowed: " + LEAD_FIELDS);
        });
        if (!(lead.get("email") instanceof String email) || !email.contains("@")) {
            throw new TargetValidationException(TARGET, operation, "email", "is required and must be an email address");
        }
        return http.object(operation, http.call(operation, "POST", "/customers", lead));
    }

    /**
     * Changes a customer with the configured {@code update-customer} action (default
     * {@code PATCH /customers/{uuid}}, NOT in PushPress's published API).
     */
    public Map<String, Object> updateCustomer(String uuid, Map<String, Object> changes) {
        String operation = "updateCustomer";
        requireText(operation, "uuid", uuid);
        if (changes == null || changes.isEmpty()) {
            throw new TargetValidationException(TARGET, operation, "body", "must name at least one field to change");
        }
        JsonNode answer = unpublished(operation, update, "update", uuid, changes);
        return answer.isObject() ? http.object(operation, answer) : getCustomer(uuid);
    }

    /** Deletes a customer with the configured {@code delete-customer} action (NOT in the published API). */
    public void deleteCustomer(String uuid) {
        String operation = "deleteCustomer";
        requireText(operation, "uuid", uuid);
        unpublished(operation, delete, "delete", uuid, null);
    }

    /**
     * Calls an action PushPress does not publish, and explains a refusal: 405 means the server has
     * no such action; 404 is ambiguous (no such path, or no such customer), so the customer is looked
     * up to tell "unsupported" from a genuine {@link TargetNotFoundException}.
     */
    private JsonNode unpublished(String operation, RestAction action, String verb, String uuid, Object body) {
        String explanation = String.format(UNPUBLISHED, verb, action.property());
        if (!action.enabled()) {
            throw new TargetUnsupportedOperationException(TARGET, operation, "switched off (" + action.property()
                    + " is empty). " + explanation);
        }
        try {
            return http.call(operation, action.method(), action.expand(Map.of("uuid", uuid)), body);
        } catch (TargetUnsupportedOperationException refused) {
            throw new TargetUnsupportedOperationException(TARGET, operation, refused.getMessage() + ". " + explanation);
        } catch (TargetNotFoundException notFound) {
            if (exists(uuid)) {
                throw new TargetUnsupportedOperationException(TARGET, operation, "HTTP 404 for " + action
                        + " although customer " + uuid + " exists. " + explanation);
            }
            throw notFound;
        }
    }

    private boolean exists(String uuid) {
        try {
            getCustomer(uuid);
            return true;
        } catch (TargetNotFoundException gone) {
            return false;
        }
    }

    private static void requireText(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new TargetValidationException(TARGET, operation, field, "is required");
        }
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
