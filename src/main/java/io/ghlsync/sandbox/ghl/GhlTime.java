package io.ghlsync.sandbox.ghl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Timestamps as HighLevel writes them: ISO-8601 in UTC with milliseconds, e.g.
 * {@code 2021-07-02T05:18:26.704Z} (contacts.json, {@code GetContectByIdSchema.dateAdded}).
 * {@link Instant#toString()} would drop the millis when they are zero, which HighLevel never does.
 */
final class GhlTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private GhlTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** An ISO-8601 instant, with a zone or offset ({@code 2020-10-25T11:00:00Z}, {@code …+01:00}). */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
