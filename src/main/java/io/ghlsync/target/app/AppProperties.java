package io.ghlsync.target.app;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.target.CallPolicy;
import io.ghlsync.target.RestAction;

/**
 * The generic app: any REST API holding tasks and notes, described by configuration alone
 * ({@code ghlsync.app.*}, docs/targets.md). Every action is {@code "METHOD /path"}; an empty one is
 * switched off. In sandbox mode the client talks to {@code /sandbox/app}, which serves the defaults.
 *
 * @param baseUrl     the app's API base URL (live mode)
 * @param authHeader  the header that carries the credential, e.g. {@code Authorization} or
 *                    {@code X-Api-Key}; empty sends none
 * @param authValue   its value, e.g. {@code Bearer …}; from {@code GHLSYNC_APP_AUTH_VALUE}
 * @param tasks       the task actions
 * @param notes       the note actions
 * @param itemPointer JSON pointer to the object inside a single-object answer (e.g. {@code /data});
 *                    empty when the answer is the object
 * @param listPointer JSON pointer to the array inside a list answer (e.g. {@code /items}); empty
 *                    when the answer is the array
 * @param http        timeouts and retries
 */
@Validated
@ConfigurationProperties("ghlsync.app")
public record AppProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("Authorization") String authHeader,
        @DefaultValue("") String authValue,
        @DefaultValue @Valid @NotNull Tasks tasks,
        @DefaultValue @Valid @NotNull Notes notes,
        @DefaultValue("") String itemPointer,
        @DefaultValue("") String listPointer,
        @DefaultValue @Valid @NotNull CallPolicy http) {

    static final String PREFIX = "ghlsync.app.";

    public AppProperties {
        for (String pointer : new String[] {itemPointer, listPointer}) {
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw new IllegalArgumentException(PREFIX + "item-pointer / list-pointer must be empty or a JSON "
                        + "pointer starting with '/', was '" + pointer + "'");
            }
        }
    }

    /** Task actions; the defaults are the paths of docs/architecture.md "Generic app connector". */
    public record Tasks(
            @DefaultValue("POST /tasks") String create,
            @DefaultValue("PUT /tasks/{id}") String update,
            @DefaultValue("POST /tasks/{id}/complete") String complete,
            @DefaultValue("DELETE /tasks/{id}") String delete,
            @DefaultValue("GET /tasks/{id}") String get,
            @DefaultValue("GET /tasks?customerId={customerId}") String listByCustomer) {

        public Tasks {
            actions(create, update, complete, delete, get, listByCustomer); // a bad value stops startup here
        }

        /** The parsed actions by name: create, update, complete, delete, get, listByCustomer. */
        Map<String, RestAction> actions() {
            return actions(create, update, complete, delete, get, listByCustomer);
        }

        private static Map<String, RestAction> actions(String create, String update, String complete, String delete,
                String get, String listByCustomer) {
            return Map.of(
                    "create", RestAction.parse(PREFIX + "tasks.create", create),
                    "update", RestAction.parse(PREFIX + "tasks.update", update, "id"),
                    "complete", RestAction.parse(PREFIX + "tasks.complete", complete, "id"),
                    "delete", RestAction.parse(PREFIX + "tasks.delete", delete, "id"),
                    "get", RestAction.parse(PREFIX + "tasks.get", get, "id"),
                    "listByCustomer", RestAction.parse(PREFIX + "tasks.list-by-customer", listByCustomer,
                            "customerId"));
        }
    }

    /** Note actions (notes have no "complete"). */
    public record Notes(
            @DefaultValue("POST /notes") String create,
            @DefaultValue("PUT /notes/{id}") String update,
            @DefaultValue("DELETE /notes/{id}") String delete,
            @DefaultValue("GET /notes/{id}") String get,
            @DefaultValue("GET /notes?customerId={customerId}") String listByCustomer) {

        public Notes {
            actions(create, update, delete, get, listByCustomer); // a bad value stops startup here
        }

        /** The parsed actions by name: create, update, delete, get, listByCustomer. */
        Map<String, RestAction> actions() {
            return actions(create, update, delete, get, listByCustomer);
        }

        private static Map<String, RestAction> actions(String create, String update, String delete, String get,
                String listByCustomer) {
            return Map.of(
                    "create", RestAction.parse(PREFIX + "notes.create", create),
                    "update", RestAction.parse(PREFIX + "notes.update", update, "id"),
                    "delete", RestAction.parse(PREFIX + "notes.delete", delete, "id"),
                    "get", RestAction.parse(PREFIX + "notes.get", get, "id"),
                    "listByCustomer", RestAction.parse(PREFIX + "notes.list-by-customer", listByCustomer,
                            "customerId"));
        }
    }

    @Override
    public String toString() {
        return "AppProperties[baseUrl=" + baseUrl + ", authHeader=" + authHeader + ", authValue=***]";
    }
}
