package io.ghlsync.sync;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.webhook.Inbox;
import io.ghlsync.webhook.NewInboxEvent;

/**
 * Bean {@code poller}: asks HighLevel which contacts of a location changed since its watermark
 * ({@code POST /contacts/search}, filtered on {@code dateUpdated} and sorted by it, paged with {@code searchAfter};
 * the body shape is not in contacts.json, see docs/api-research.md §1.4) and stores each finding in the inbox, in the
 * contact's group, where it is ordered and coalesced with the contact's webhooks. A finding already stored (same
 * contact, same {@code dateUpdated}) is not stored twice, so a webhook HighLevel did deliver costs nothing more.
 * The watermark moves only after the whole batch is in the inbox: a crash midway polls again rather than skips.
 * A requested full resync reads every contact and stores each under a key of that request, so that all of them are
 * handed to the flows again, and is cleared only when done.
 */
@Component("poller")
@ConditionalOnSync
public class ContactPoller {

    private static final Logger log = LoggerFactory.getLogger(ContactPoller.class);

    private final GhlApi ghl;
    private final Inbox inbox;
    private final PollWatermarks watermarks;
    private final PollingProperties properties;

    ContactPoller(GhlApi ghl, Inbox inbox, PollWatermarks watermarks, PollingProperties properties) {
        this.ghl = ghl;
        this.inbox = inbox;
        this.watermarks = watermarks;
        this.properties = properties;
    }

    /** What one poll did. */
    public record PollResult(String locationId, boolean fullResync, int found, int stored, Instant watermark) {
    }

    public PollResult poll(String locationId) {
        PollWatermarks.Watermark state = watermarks.find(locationId);
        Instant resync = state.resyncRequestedAt();
        Instant from = resync != null || state.watermark() == null ? null : state.watermark().minus(properties.overlap());
        int found = 0;
        int stored = 0;
        Instant newest = null;
        Iterator<JsonNode> contacts = ghl.iterate("searchContactsAdvanced", Map.of("locationId", locationId),
                searchBody(locationId, from));
        while (contacts.hasNext()) {
            JsonNode contact = contacts.next();
            Instant updated = updatedAt(contact);
            String id = contact.path("id").asText();
            if (id.isEmpty() || updated == null) {
                log.warn("Poll of {}: skipped a search result without id or dateUpdated", locationId);
                continue;
            }
            found++;
            String key = resync != null ? "resync:" + resync.toEpochMilli() + ":" + id : "poll:" + id + ":" + updated;
            String type = resync != null ? ContactEnricher.RESYNC : ContactEnricher.POLLED;
            if (!inbox.store(new NewInboxEvent("ghl", key, type, locationId, "ghl:" + locationId + ":contact:" + id,
                    updated, contact.toString())).duplicate()) {
                stored++;
            }
            newest = newest == null || updated.isAfter(newest) ? updated : newest;
        }
        watermarks.commit(locationId, newest, resync);
        PollResult result = new PollResult(locationId, resync != null, found, stored, newest);
        log.info("Poll of {}{}: {} changed contacts found, {} new to the inbox, watermark {}", locationId,
                resync != null ? " (full resync)" : "", found, stored, newest == null ? "unchanged" : newest);
        return result;
    }

    private ObjectNode searchBody(String locationId, Instant from) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("locationId", locationId)
                .put("pageLimit", properties.pageSize());
        body.putArray("sort").addObject().put("field", "dateUpdated").put("direction", "asc");
        if (from != null) {
            body.putArray("filters").addObject().put("field", "dateUpdated").put("operator", "range")
                    .putObject("value").put("gte", from.toString());
        }
        return body;
    }

    private static Instant updatedAt(JsonNode contact) {
        try {
            return contact.hasNonNull("dateUpdated") ? Instant.parse(contact.get("dateUpdated").asText()) : null;
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
