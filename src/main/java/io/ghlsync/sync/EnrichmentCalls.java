package io.ghlsync.sync;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlApiException;

/** The HighLevel reads of one enrichment, counted: spending the rate budget well is measured per event. */
final class EnrichmentCalls {

    private final GhlApi ghl;
    private final Map<String, String> contact;
    private int count;

    EnrichmentCalls(GhlApi ghl, String locationId, String contactId) {
        this.ghl = ghl;
        this.contact = Map.of("locationId", locationId, "contactId", contactId);
    }

    /** The contact as {@code GET /contacts/{contactId}} answers it, or a missing node when HighLevel has no such contact. */
    JsonNode contact() {
        try {
            return read("getContact").path("contact");
        } catch (GhlApiException e) {
            if (e.status() == 404) {
                return MissingNode.getInstance();
            }
            throw e;
        }
    }

    JsonNode tasks() {
        return read("getAllTasks").path("tasks");
    }

    JsonNode notes() {
        return read("getAllNotes").path("notes");
    }

    JsonNode appointments() {
        return read("getAppointmentsForContact").path("events");
    }

    int count() {
        return count;
    }

    private JsonNode read(String operation) {
        count++;
        return ghl.call(operation, contact);
    }
}
