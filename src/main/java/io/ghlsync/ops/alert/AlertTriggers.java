package io.ghlsync.ops.alert;

import java.util.StringJoiner;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.auth.LocationNeedsReauthorization;
import io.ghlsync.ops.DeadLetterRecorded;

/**
 * The incidents that are events: a dead letter recorded ({@link DeadLetterRecorded}, from the dead-letter store) and
 * a location marked for re-authorisation ({@link LocationNeedsReauthorization}, from the OAuth token store). Only
 * ids and the error's type go into the incident: an error message may quote a record's personal data.
 */
@Component
@ConditionalOnSync
class AlertTriggers {

    private final AlertDesk desk;

    AlertTriggers(AlertDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void deadLetterRecorded(DeadLetterRecorded recorded) {
        StringJoiner detail = new StringJoiner(", ", "dead letter #" + recorded.id() + " (", ")");
        detail.add("flow " + recorded.flow());
        if (recorded.locationId() != null) {
            detail.add("location " + recorded.locationId());
        }
        if (recorded.objectId() != null) {
            detail.add((recorded.objectType() == null ? "object" : recorded.objectType()) + " " + recorded.objectId());
        }
        String error = recorded.errorType().substring(recorded.errorType().lastIndexOf('.') + 1);
        desk.report(new Incident(AlertKind.DEAD_LETTERS, recorded.flow(), 1, detail + ": " + error));
    }

    @EventListener
    void locationNeedsReauthorization(LocationNeedsReauthorization marked) {
        desk.report(new Incident(AlertKind.REAUTHORIZATION, marked.locationId(), 1, marked.reason()));
    }
}
