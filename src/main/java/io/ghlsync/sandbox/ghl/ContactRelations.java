package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Followers, campaigns, workflows, businesses and bulk tag changes (contacts.json). They change
 * state the sync does not mirror, but the simulator keeps it so that answers are true: a follower
 * added is listed, a removed one is gone.
 */
@Component
@ConditionalOnSimulators
class ContactRelations {

    /** Followers before and after one change. */
    record FollowersChange(List<String> followers, List<String> changed) {
    }

    private final ContactStore store;
    private final ContactService contacts;

    ContactRelations(ContactStore store, ContactService contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    FollowersChange addFollowers(String contactId, JsonNode body) {
        List<String> requested = followersOf(body);
        ContactStore.Changed changed = store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withFollowers(SimContact.union(contact.memberships().followers(), requested))));
        List<String> before = changed.before().memberships().followers();
        return new FollowersChange(changed.after().memberships().followers(),
                requested.stream().filter(id -> !before.contains(id)).distinct().toList());
    }

    FollowersChange removeFollowers(String contactId, JsonNode body) {
        List<String> requested = followersOf(body);
        ContactStore.Changed changed = store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withFollowers(contact.memberships().followers().stream()
                        .filter(id -> !requested.contains(id)).toList())));
        List<String> before = changed.before().memberships().followers();
        return new FollowersChange(changed.after().memberships().followers(),
                requested.stream().filter(before::contains).distinct().toList());
    }

    void addToCampaign(String contactId, String campaignId, JsonNode body) {
        BodyCheck.of(body, Set.of()).orThrow();
        store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withCampaigns(plus(contact.memberships().campaigns(), campaignId))));
    }

    void removeFromCampaign(String contactId, String campaignId) {
        store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withCampaigns(minus(contact.memberships().campaigns(), campaignId))));
    }

    void removeFromEveryCampaign(String contactId) {
        store.change(contactId, (where, contact) -> contact.withMemberships(contact.memberships().withCampaigns(Set.of())));
    }

    void addToWorkflow(String contactId, String workflowId, JsonNode body) {
        checkWorkflowBody(body);
        store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withWorkflows(plus(contact.memberships().workflows(), workflowId))));
    }

    void removeFromWorkflow(String contactId, String workflowId, JsonNode body) {
        checkWorkflowBody(body);
        store.change(contactId, (where, contact) -> contact.withMemberships(
                contact.memberships().withWorkflows(minus(contact.memberships().workflows(), workflowId))));
    }

    /**
     * {@code POST /contacts/bulk/tags/update/{type}}: per contact a response in the shape of the spec's
     * example ({@code contactId, message, type, oldTags, tagsAdded, tagsRemoved}); contacts that are
     * unknown or in another location are reported as errors, not refused as a whole.
     */
    ObjectNode bulkTags(String type, JsonNode body) {
        if (!type.equals("add") && !type.equals("remove")) {
            throw GhlError.unprocessable("type must be one of the following values: add, remove");
        }
        BodyCheck.of(body, Set.of("contacts", "tags", "locationId", "removeAllTags")).stringArray("contacts", true)
                .stringArray("tags", true).requiredString("locationId").bool("removeAllTags", false).orThrow();
        boolean removeAll = body.path("removeAllTags").asBoolean(false);
        if (removeAll && type.equals("add")) {
            throw GhlError.unprocessable("removeAllTags can only be used with type remove");
        }
        String locationId = body.get("locationId").asText();
        List<String> tags = SimContact.normaliseTags(ContactInput.texts(body.get("tags")));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode responses = JsonNodeFactory.instance.arrayNode();
        int errors = 0;
        for (String contactId : ContactInput.texts(body.get("contacts"))) {
            ObjectNode response = responses.addObject().put("contactId", contactId);
            var location = store.world().locationOfContact(contactId);
            if (location.isEmpty() || !location.get().locationId().equals(locationId)) {
                response.put("message", location.isEmpty() ? "contact not found" : "contact does not belong to location")
                        .put("type", "error");
                errors++;
                continue;
            }
            List<String> oldTags = store.get(contactId).tags();
            List<String> now = contacts.changeTags(contactId, current -> type.equals("add") ? SimContact.union(current, tags)
                    : current.stream().filter(tag -> !removeAll && !tags.contains(tag)).toList());
            response.put("message", "Tags updated").put("type", "success");
            response.set("oldTags", JsonValues.strings(oldTags));
            response.set("tagsAdded", JsonValues.strings(now.stream().filter(tag -> !oldTags.contains(tag)).toList()));
            response.set("tagsRemoved", JsonValues.strings(oldTags.stream().filter(tag -> !now.contains(tag)).toList()));
        }
        answer.put("succeded", errors == 0);
        answer.put("errorCount", errors);
        answer.set("responses", responses);
        return answer;
    }

    /** {@code POST /contacts/bulk/business}: a null {@code businessId} removes the contacts from their business. */
    List<String> setBusiness(JsonNode body) {
        BodyCheck check = BodyCheck.of(body, Set.of("locationId", "ids", "businessId")).requiredString("locationId")
                .stringArray("ids", true).string("businessId", true);
        if (!body.has("businessId")) {
            check.problem("businessId should not be undefined");
        }
        check.orThrow();
        String locationId = body.get("locationId").asText();
        String businessId = TaskService.text(body, "businessId");
        List<String> updated = new ArrayList<>();
        for (String contactId : ContactInput.texts(body.get("ids"))) {
            var location = store.world().locationOfContact(contactId);
            if (location.isPresent() && location.get().locationId().equals(locationId)) {
                store.change(contactId, (where, contact) ->
                        contact.withMemberships(contact.memberships().withBusinessId(businessId)));
                updated.add(contactId);
            }
        }
        return updated;
    }

    private static void checkWorkflowBody(JsonNode body) {
        BodyCheck.of(body, Set.of("eventStartTime")).isoDate("eventStartTime", false).orThrow();
    }

    private static List<String> followersOf(JsonNode body) {
        BodyCheck.of(body, Set.of("followers")).stringArray("followers", true).orThrow();
        return ContactInput.texts(body.get("followers"));
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> copy = new LinkedHashSet<>(set);
        copy.add(value);
        return copy;
    }

    private static Set<String> minus(Set<String> set, String value) {
        Set<String> copy = new LinkedHashSet<>(set);
        copy.remove(value);
        return copy;
    }
}
