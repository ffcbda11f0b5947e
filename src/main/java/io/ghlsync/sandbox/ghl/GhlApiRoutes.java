package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.GhlOperation.*;
import static io.ghlsync.sandbox.ghl.JsonValues.strings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The simulated API's routes: every {@link GhlOperation} under {@code /sandbox/ghl} with exactly the
 * official path, each answered by the handler below, in the spec's answer shapes (contacts.json).
 * The table is the one place to read what each operation does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
class GhlApiRoutes {

    @Bean
    RouterFunction<ServerResponse> ghlSimulatorRoutes(RequestPipeline pipeline, ContactService contacts,
            ContactRelations relations, ContactListing listing, ContactSearch search, TaskService tasks,
            NoteService notes, AppointmentService appointments, OAuthEndpoints oauth) {
        Map<GhlOperation, ApiHandler> handlers = new EnumMap<>(GhlOperation.class);
        handlers.put(SEARCH_CONTACTS_ADVANCED, r -> answer(r, search.search(r.body())));
        handlers.put(GET_DUPLICATE_CONTACT, r -> answer(r, object("contact", duplicate(contacts, r))));
        handlers.put(GET_CONTACT, r -> answer(r, object("contact", ContactJson.full(contacts.get(r.path("contactId"))))));
        handlers.put(CREATE_CONTACT, r -> answer(r, object("contact", ContactJson.created(contacts.create(r.body())))));
        handlers.put(UPDATE_CONTACT, r -> answer(r, succeded().set("contact",
                ContactJson.full(contacts.update(r.path("contactId"), r.body())))));
        handlers.put(DELETE_CONTACT, r -> {
            contacts.delete(r.path("contactId"));
            return answer(r, succeded());
        });
        handlers.put(UPSERT_CONTACT, r -> {
            ContactService.Upserted upserted = contacts.upsert(r.body());
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("new", upserted.created());
            body.set("contact", ContactJson.full(upserted.contact()));
            return answer(r, body.put("traceId", UUID.randomUUID().toString()));
        });
        handlers.put(GET_CONTACTS, r -> answer(r, listing.list(QueryParameters.listQuery(r), r.selfUrl())));
        handlers.put(GET_CONTACTS_BY_BUSINESS_ID, r -> answer(r, listing.byBusiness(QueryParameters.locationId(r),
                r.path("businessId"), r.query("query").orElse(null), QueryParameters.integer(r, "skip", 0, 0, Integer.MAX_VALUE),
                QueryParameters.integer(r, "limit", 25, 1, 100))));
        handlers.put(ADD_TAGS, r -> answer(r, object("tags", strings(contacts.addTags(r.path("contactId"), r.body())))));
        handlers.put(REMOVE_TAGS, r -> answer(r, object("tags", strings(contacts.removeTags(r.path("contactId"), r.body())))));
        handlers.put(CREATE_ASSOCIATION, r -> answer(r, relations.bulkTags(r.path("type"), r.body())));
        handlers.put(ADD_REMOVE_CONTACT_FROM_BUSINESS, r -> answer(r, JsonNodeFactory.instance.objectNode()
                .put("success", true).set("ids", strings(relations.setBusiness(r.body())))));
        handlers.put(ADD_FOLLOWERS_CONTACT, r -> answer(r, followers(relations.addFollowers(r.path("contactId"), r.body()),
                "followersAdded")));
        handlers.put(REMOVE_FOLLOWERS_CONTACT, r -> answer(r, followers(
                relations.removeFollowers(r.path("contactId"), r.body()), "followersRemoved")));
        handlers.put(ADD_CONTACT_TO_CAMPAIGN, r -> {
            relations.addToCampaign(r.path("contactId"), r.path("campaignId"), r.body());
            return answer(r, succeded());
        });
        handlers.put(REMOVE_CONTACT_FROM_CAMPAIGN, r -> {
            relations.removeFromCampaign(r.path("contactId"), r.path("campaignId"));
            return answer(r, succeded());
        });
        handlers.put(REMOVE_CONTACT_FROM_EVERY_CAMPAIGN, r -> {
            relations.removeFromEveryCampaign(r.path("contactId"));
            return answer(r, succeded());
        });
        handlers.put(ADD_CONTACT_TO_WORKFLOW, r -> {
            relations.addToWorkflow(r.path("contactId"), r.path("workflowId"), r.body());
            return answer(r, succeded());
        });
        handlers.put(DELETE_CONTACT_FROM_WORKFLOW, r -> {
            relations.removeFromWorkflow(r.path("contactId"), r.path("workflowId"), r.body());
            return answer(r, succeded());
        });
        handlers.put(GET_ALL_TASKS, r -> answer(r, object("tasks", array(tasks.list(r.path("contactId")), SimTask::toJson))));
        handlers.put(GET_TASK, r -> answer(r, object("task", tasks.get(r.path("contactId"), r.path("taskId")).toJson())));
        handlers.put(CREATE_TASK, r -> answer(r, object("task", tasks.create(r.path("contactId"), r.body()).toJson())));
        handlers.put(UPDATE_TASK, r -> answer(r, object("task",
                tasks.update(r.path("contactId"), r.path("taskId"), r.body()).toJson())));
        handlers.put(UPDATE_TASK_COMPLETED, r -> answer(r, object("task",
                tasks.complete(r.path("contactId"), r.path("taskId"), r.body()).toJson())));
        handlers.put(DELETE_TASK, r -> {
            tasks.delete(r.path("contactId"), r.path("taskId"));
            return answer(r, succeded());
        });
        handlers.put(GET_ALL_NOTES, r -> answer(r, object("notes", array(notes.list(r.path("contactId")), SimNote::toJson))));
        handlers.put(GET_NOTE, r -> answer(r, object("note", notes.get(r.path("contactId"), r.path("id")).toJson())));
        handlers.put(CREATE_NOTE, r -> answer(r, object("note", notes.create(r.path("contactId"), r.body()).toJson())));
        handlers.put(UPDATE_NOTE, r -> answer(r, object("note",
                notes.update(r.path("contactId"), r.path("id"), r.body()).toJson())));
        handlers.put(DELETE_NOTE, r -> {
            notes.delete(r.path("contactId"), r.path("id"));
            return answer(r, succeded());
        });
        handlers.put(GET_APPOINTMENTS_FOR_CONTACT, r -> answer(r, object("events",
                array(appointments.list(r.path("contactId")), SimAppointment::toJson))));
        handlers.put(OAUTH_TOKEN, oauth::token);
        handlers.put(OAUTH_CHOOSE_LOCATION, oauth::chooseLocation);
        return routes(pipeline, handlers);
    }

    /** One route per operation, in declaration order (first match wins), then HighLevel's 404 for the rest. */
    private static RouterFunction<ServerResponse> routes(RequestPipeline pipeline, Map<GhlOperation, ApiHandler> handlers) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (GhlOperation operation : GhlOperation.values()) {
            ApiHandler handler = handlers.get(operation);
            if (handler == null) {
                throw new IllegalStateException("the GHL simulator has no handler for " + operation.operationName());
            }
            RequestPredicate method = RequestPredicates.method(operation.method());
            String path = RequestPipeline.PREFIX + operation.path();
            RequestPredicate matches = method.and(RequestPredicates.path(path));
            if (path.endsWith("/")) {
                // The spec's create/list path has a trailing slash; clients that drop it are served too.
                matches = matches.or(method.and(RequestPredicates.path(path.substring(0, path.length() - 1))));
            }
            routes.route(matches, request -> pipeline.handle(operation, handler, request));
        }
        RequestPredicate unknown = RequestPredicates.path(RequestPipeline.PREFIX + "/**")
                .and(RequestPredicates.path(RequestPipeline.PREFIX + "/_sim/**").negate());
        routes.route(unknown, request -> pipeline.handle(null, null, request));
        return routes.build();
    }

    private static ApiAnswer answer(ApiRequest request, JsonNode body) {
        return ApiAnswer.of(request.operation().successStatus(), body);
    }

    private static JsonNode duplicate(ContactService contacts, ApiRequest request) {
        String locationId = QueryParameters.locationId(request);
        String email = request.query("email").orElse(null);
        String number = request.query("number").orElse(null);
        if (email == null && number == null) {
            throw GhlError.unprocessable("email or number should not be empty");
        }
        return contacts.duplicate(locationId, email, number).<JsonNode>map(ContactJson::full)
                .orElse(JsonNodeFactory.instance.nullNode());
    }

    private static ObjectNode followers(ContactRelations.FollowersChange change, String changedField) {
        ObjectNode body = object("followers", strings(change.followers()));
        body.set(changedField, strings(change.changed()));
        return body;
    }

    /** Update and delete answers spell it {@code succeded} (sic, contacts.json). */
    private static ObjectNode succeded() {
        return JsonNodeFactory.instance.objectNode().put("succeded", true);
    }

    private static ObjectNode object(String field, JsonNode value) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set(field, value);
        return body;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, JsonNode> json) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.stream().map(json).forEach(array::add);
        return array;
    }
}
