package io.ghlsync.target.app;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.target.RestAction;
import io.ghlsync.target.TargetHttp;
import io.ghlsync.target.TargetMalformedResponseException;
import io.ghlsync.target.TargetUnsupportedOperationException;
import io.ghlsync.target.TargetValidationException;

/**
 * One resource of the generic app (tasks or notes): runs its configured actions and digs the
 * object or list out of the answer with the configured JSON pointers.
 */
final class AppResource {

    private final TargetHttp http;
    private final Map<String, RestAction> actions;
    private final JsonPointer item;
    private final JsonPointer list;

    AppResource(TargetHttp http, Map<String, RestAction> actions, String itemPointer, String listPointer) {
        this.http = http;
        this.actions = Map.copyOf(actions);
        this.item = JsonPointer.compile(itemPointer);
        this.list = JsonPointer.compile(listPointer);
    }

    Map<String, Object> create(String operation, Map<String, Object> body) {
        return object(operation, call(operation, "create", Map.of(), body));
    }

    /**
     * Runs an action on one record and answers the record. Many APIs answer an update with 204 and
     * no body; then the record is read back with the {@code get} action so callers always see it.
     */
    Map<String, Object> change(String operation, String action, String id, Map<String, Object> body) {
        JsonNode answer = call(operation, action, Map.of("id", requireId(operation, id)), body);
        if (answer.isNull() || answer.isMissingNode()) {
            return actions.get("get").enabled() ? get(operation, id) : Map.of("id", id);
        }
        return object(operation, answer);
    }

    Map<String, Object> get(String operation, String id) {
        return object(operation, call(operation, "get", Map.of("id", requireId(operation, id)), null));
    }

    void delete(String operation, String id) {
        call(operation, "delete", Map.of("id", requireId(operation, id)), null);
    }

    List<Map<String, Object>> listByCustomer(String operation, String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw new TargetValidationException(AppClient.TARGET, operation, "customerId", "is required");
        }
        JsonNode answer = call(operation, "listByCustomer", Map.of("customerId", customerId), null).at(list);
        return http.objects(operation, answer);
    }

    private JsonNode call(String operation, String action, Map<String, String> values, Object body) {
        RestAction configured = actions.get(action);
        if (!configured.enabled()) {
            throw new TargetUnsupportedOperationException(AppClient.TARGET, operation, "switched off: "
                    + configured.property() + " is empty");
        }
        return http.call(operation, configured.method(), configured.expand(values), body);
    }

    private Map<String, Object> object(String operation, JsonNode answer) {
        JsonNode found = answer.at(item);
        if (found.isMissingNode()) {
            throw new TargetMalformedResponseException(AppClient.TARGET, operation, "nothing at item-pointer '"
                    + item + "'", null);
        }
        return http.object(operation, found);
    }

    private static String requireId(String operation, String id) {
        if (id == null || id.isBlank()) {
            throw new TargetValidationException(AppClient.TARGET, operation, "id", "is required");
        }
        return id;
    }
}
