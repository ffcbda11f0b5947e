package io.ghlsync.sync.mirror;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;

/**
 * Writes changes to a HighLevel contact: body fields with {@code PUT /contacts/{contactId}}, tags with the add and
 * remove operations — never by sending {@code tags}, which replaces all of them (contacts.json UpdateContactDto) and
 * would drop tags people set meanwhile. Answers the contact as it now is.
 */
@Component
@ConditionalOnSync
class GhlContactWriter {

    private final GhlApi ghl;

    GhlContactWriter(GhlApi ghl) {
        this.ghl = ghl;
    }

    /**
     * @param current the contact as last known (its tags decide which tag calls are needed at all)
     * @return the contact after the writes
     */
    ObjectNode write(String locationId, String contactId, PairMapping.GhlChanges changes, JsonNode current) {
        Map<String, String> parameters = Map.of("locationId", locationId, "contactId", contactId);
        ObjectNode contact = current.isObject() ? (ObjectNode) current.deepCopy() : JsonNodeFactory.instance.objectNode();
        ObjectNode body = unlike(changes.body(), current);
        if (!body.isEmpty()) {
            JsonNode answer = ghl.call("updateContact", parameters, body).path("contact");
            if (answer.isObject()) {
                contact = (ObjectNode) answer;
            }
        }
        List<String> have = tags(contact);
        List<String> add = changes.tags().add().stream().filter(tag -> !contains(have, tag)).toList();
        List<String> remove = changes.tags().remove().stream().filter(tag -> contains(have, tag)).toList();
        if (!add.isEmpty()) {
            contact.set("tags", ghl.call("addTags", parameters, Map.of("tags", add)).path("tags"));
        }
        if (!remove.isEmpty()) {
            contact.set("tags", ghl.call("removeTags", parameters, Map.of("tags", remove)).path("tags"));
        }
        return contact;
    }

    /** Whether {@link #write} would call HighLevel at all. */
    static boolean writes(PairMapping.GhlChanges changes, JsonNode current) {
        List<String> have = tags(current);
        return !unlike(changes.body(), current).isEmpty() || changes.tags().add().stream().anyMatch(tag -> !contains(have, tag))
                || changes.tags().remove().stream().anyMatch(tag -> contains(have, tag));
    }

    /**
     * The body without what the contact already holds. Custom fields are read as {@code {id, value}} but written as
     * {@code {id, field_value}} (contacts.json), so they are compared in those two shapes.
     */
    private static ObjectNode unlike(ObjectNode body, JsonNode current) {
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        body.fields().forEachRemaining(field -> {
            if (field.getKey().equals("customFields") && field.getValue().isArray()) {
                var items = JsonNodeFactory.instance.arrayNode();
                for (JsonNode item : field.getValue()) {
                    boolean held = false;
                    for (JsonNode have : current.path("customFields")) {
                        held |= have.path("id").equals(item.path("id")) && have.path("value").equals(item.path("field_value"));
                    }
                    if (!held) {
                        items.add(item);
                    }
                }
                if (!items.isEmpty()) {
                    changed.set("customFields", items);
                }
            } else if (!field.getValue().equals(current.path(field.getKey()))) {
                changed.set(field.getKey(), field.getValue());
            }
        });
        return changed;
    }

    private static List<String> tags(JsonNode contact) {
        return contact.path("tags").isArray()
                ? java.util.stream.StreamSupport.stream(contact.path("tags").spliterator(), false).map(JsonNode::asText).toList()
                : List.of();
    }

    private static boolean contains(List<String> tags, String tag) {
        return tags.stream().anyMatch(tag::equalsIgnoreCase);
    }
}
