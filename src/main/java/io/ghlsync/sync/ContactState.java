package io.ghlsync.sync;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code contact_state} holds for one contact: the newest state handed to the flows.
 *
 * @param sourceUpdatedAt HighLevel's time of that state (the contact's {@code dateUpdated}, or the delete's time)
 * @param contentHash     {@link CanonicalJson#sha256} of the state, to recognise a state already handed over
 */
record ContactState(String locationId, String contactId, boolean deleted, JsonNode contact, ContactItems items,
                    Instant sourceUpdatedAt, String contentHash) {
}
