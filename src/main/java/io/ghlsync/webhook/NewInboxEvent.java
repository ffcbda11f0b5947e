package io.ghlsync.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event about to be written to the durable inbox ({@code inbox_event}). Intake builds one per accepted
 * webhook; polling builds them for the changes it finds (source {@code ghl}, key {@code poll:<contactId>:<dateUpdated>},
 * so that they share the contact's group with its webhooks).
 *
 * @param source     who sent it: {@code ghl}, {@code pushpress}, {@code app}; selects {@code direct:inbox-<source>}
 * @param eventKey   unique per source: the webhook id, a delivery id, or a hash of the content
 * @param eventType  e.g. {@code ContactUpdate}, {@code customer.created}
 * @param locationId the HighLevel location, when the event names one
 * @param groupKey   events sharing it are handed over together and in {@code eventTime} order,
 *                   e.g. {@code ghl:<locationId>:contact:<contactId>}
 * @param eventTime  the sender's own time of the change
 * @param payload    the event's JSON, as received
 */
public record NewInboxEvent(String source, String eventKey, String eventType, String locationId, String groupKey,
                            Instant eventTime, String payload) {

    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9]{0,31}");

    /** Column widths of inbox_event (V1__core.sql); callers check their inputs against them first. */
    static final int MAX_KEY = 300;
    static final int MAX_TYPE = 64;
    static final int MAX_LOCATION = 100;
    /** Longest object id taken into a group key, so that group keys stay within {@link #MAX_KEY}. */
    static final int MAX_ID = 100;

    public NewInboxEvent {
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(payload, "payload");
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("source must be a short lowercase name, not '" + source + "'");
        }
        requireLength("eventKey", eventKey, MAX_KEY);
        requireLength("eventType", eventType, MAX_TYPE);
        requireLength("groupKey", groupKey, MAX_KEY);
        if (locationId != null) {
            requireLength("locationId", locationId, MAX_LOCATION);
        }
    }

    private static void requireLength(String name, String value, int max) {
        if (value == null || value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
    }
}
