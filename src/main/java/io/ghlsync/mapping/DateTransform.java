package io.ghlsync.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code date}: reads a date or date-time and writes it in another format and time zone.
 *
 * <p>By default it reads what the APIs send: ISO-8601 with an offset ({@code 2021-11-26T12:41:02.193Z},
 * HighLevel's dateAdded; {@code 2023-09-25T16:00:00+05:30}, appointment webhooks), ISO local date-times
 * and dates ({@code 1990-09-25}, PushPress dob), HighLevel's calendar form {@code 2021-07-16 11:00:00}
 * (GetEventSchema), and numbers as epoch milliseconds. Values without an offset are taken in
 * {@code from-zone}. A date alone stands for the start of that day, so a birthday is never shifted
 * into the day before by a zone conversion as long as both zones agree (use {@code zone: UTC} for
 * HighLevel's midnight-UTC dateOfBirth).
 */
final class DateTransform implements Transform {

    private static final DateTimeFormatter CALENDAR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<DateTimeFormatter> DEFAULT_INPUTS = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE, CALENDAR);

    private final List<DateTimeFormatter> inputs;
    private final DateTimeFormatter output;
    private final boolean epochMillis;
    private final ZoneId zone;
    private final ZoneId fromZone;

    DateTransform(List<String> parsePatterns, String format, ZoneId zone, ZoneId fromZone) {
        this.inputs = parsePatterns.isEmpty() ? DEFAULT_INPUTS : patterns(parsePatterns);
        this.epochMillis = format.equals("epoch-millis");
        this.output = switch (format) {
            case "iso" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            case "iso-instant", "epoch-millis" -> DateTimeFormatter.ISO_INSTANT;
            case "iso-date" -> DateTimeFormatter.ISO_LOCAL_DATE;
            default -> pattern(format);
        };
        this.zone = zone;
        this.fromZone = fromZone;
    }

    Kind outputKind() {
        return epochMillis ? Kind.NUMBER : Kind.STRING;
    }

    @Override
    public JsonNode apply(JsonNode value) throws ValueProblem {
        ZonedDateTime moment;
        if (value.isNumber()) {
            moment = Instant.ofEpochMilli(value.asLong()).atZone(ZoneOffset.UTC);
        } else {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return MissingNode.getInstance();
            }
            moment = parse(text);
        }
        ZonedDateTime converted = moment.withZoneSameInstant(zone);
        if (epochMillis) {
            return LongNode.valueOf(converted.toInstant().toEpochMilli());
        }
        try {
            return TextNode.valueOf(output.format(converted));
        } catch (DateTimeException e) {
            throw new ValueProblem("cannot format '" + value.asText() + "': " + e.getMessage());
        }
    }

    private ZonedDateTime parse(String text) throws ValueProblem {
        for (DateTimeFormatter input : inputs) {
            try {
                TemporalAccessor parsed = input.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
                if (parsed instanceof ZonedDateTime zoned) {
                    return zoned;
                }
                if (parsed instanceof LocalDateTime local) {
                    return local.atZone(fromZone);
                }
                return ((LocalDate) parsed).atStartOfDay(fromZone);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        throw new ValueProblem("'" + text + "' is not a date in any accepted format");
    }

    private static List<DateTimeFormatter> patterns(List<String> patterns) {
        List<DateTimeFormatter> formatters = new ArrayList<>();
        patterns.forEach(pattern -> formatters.add(pattern(pattern)));
        return formatters;
    }

    private static DateTimeFormatter pattern(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' is invalid: " + e.getMessage());
        }
    }
}
