package io.ghlsync.sync;

import java.util.List;

/**
 * What enrichment made of one inbox group, on its way through {@code routes/ghl-enrichment.camel.yaml}.
 *
 * @param snapshot the contact's state after these events; null when the group is not about a contact
 *                 (INSTALL, a note without contact …)
 * @param changed  whether that state is new to the flows (an unchanged state is not handed over again)
 * @param events   every event of the group, oldest first, each handed once to the event flows
 * @param next     what {@code contact_state} should hold once the flows have the state; null without a contact
 */
public record EnrichedGroup(ContactSnapshot snapshot, boolean changed, List<GhlEvent> events, ContactState next) {

    public EnrichedGroup {
        events = List.copyOf(events);
    }
}
