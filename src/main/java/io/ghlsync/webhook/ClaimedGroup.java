package io.ghlsync.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * The rows of one group that this instance claimed, in arrival order, payloads still as stored.
 *
 * @param source   every row's source
 * @param groupKey every row's group
 * @param rows     at least one
 */
record ClaimedGroup(String source, String groupKey, List<Row> rows) {

    record Row(long id, String eventKey, String eventType, String locationId, Instant eventTime, Instant receivedAt,
               int attempts, String payload) {
    }

    List<Long> ids() {
        return rows.stream().map(Row::id).toList();
    }

    /** The location of the group's events (they share one), or null. */
    String locationId() {
        return rows.stream().map(Row::locationId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** This delivery's number: one more than the most failed deliveries of any of its events. */
    int attempt() {
        return rows.stream().mapToInt(Row::attempts).max().orElse(0) + 1;
    }

    /** The events to hand over, sorted by the sender's time, arrival breaking ties. */
    List<InboxEvent> events(ObjectReader json) {
        return rows.stream()
                .sorted(Comparator.comparing(Row::eventTime).thenComparingLong(Row::id))
                .map(row -> new InboxEvent(row.id(), source, row.eventKey(), row.eventType(), row.locationId(),
                        groupKey, row.eventTime(), row.receivedAt(), row.attempts() + 1, parse(json, row)))
                .toList();
    }

    private static JsonNode parse(ObjectReader json, Row row) {
        try {
            return json.readTree(row.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("the payload of inbox event " + row.id() + " is not JSON", e);
        }
    }
}
