package io.ghlsync.sync;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HighLevel contact's newest known state, as the flows receive it on
 * {@code direct:ghl-contact-changed}: built from a group of inbox events for that contact (webhooks
 * or poll findings, coalesced), at most once per new state. The lists are complete as far as
 * ghl-sync knows, so a flow reconciles against them (a linked task missing from {@code tasks} was
 * deleted in HighLevel).
 *
 * @param locationId      the HighLevel location
 * @param contactId       the HighLevel contact id
 * @param deleted         a tombstone: the contact was deleted in HighLevel; {@code contact} then holds
 *                        the last known state, or the delete event's payload
 * @param contact         the contact as {@code GET /contacts/{contactId}} answers it ({@code contact}
 *                        object, GetContectByIdSchema in contacts.json)
 * @param tasks           the contact's tasks (TaskSchema), completed ones included
 * @param notes           the contact's notes (GetNoteSchema)
 * @param appointments    the contact's appointments (GetEventSchema); empty unless enrichment is asked
 *                        for them ({@code ghlsync.enrichment.appointments})
 * @param sourceUpdatedAt HighLevel's own time of this state ({@code dateUpdated}, else the newest
 *                        event's time): the mirror's last-writer-wins clock
 * @param events          the inbox events this snapshot covers, oldest first
 */
public record ContactSnapshot(String locationId, String contactId, boolean deleted, JsonNode contact,
                              List<JsonNode> tasks, List<JsonNode> notes, List<JsonNode> appointments,
                              Instant sourceUpdatedAt, List<GhlEvent> events) {

    public ContactSnapshot {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        appointments = List.copyOf(appointments);
        events = List.copyOf(events);
    }
}
