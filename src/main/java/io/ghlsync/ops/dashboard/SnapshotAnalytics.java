package io.ghlsync.ops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;

/**
 * Analytics across endpoints from the newest snapshot of each contact ({@code contact_state.snapshot}: the contact,
 * its tasks and notes as HighLevel answers them; written by the sync core, only read here). Reads at most
 * {@code ghlsync.dashboard.analytics-max-contacts} rows, the most recently changed first, and says when there were
 * more. Days are UTC calendar days; a day with nothing is 0.
 */
@Component
@ConditionalOnSync
class SnapshotAnalytics {

    /** Series beyond this many sources or tags are added up as "other". */
    static final int TOP_SERIES = 6;

    record Tasks(long open, long overdue, long completed, Map<String, long[]> dueByDay) {
    }

    /**
     * @param scanned  contacts read (at most the configured maximum)
     * @param complete false when more contacts exist than were read
     */
    record Report(List<LocalDate> days, int scanned, boolean complete,
                  Map<String, long[]> contactsBySource, Map<String, long[]> contactsByTag, Tasks tasks,
                  long[] notesPerDay) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DashboardProperties properties;
    private final Clock clock = Clock.systemUTC();

    SnapshotAnalytics(JdbcTemplate jdbc, ObjectMapper json, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    /** The report over {@code dayCount} days ending today, for one location or (null) all of them. */
    Report report(int dayCount, String locationId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Window window = new Window(today.minusDays(dayCount - 1L), dayCount);
        int limit = properties.analyticsMaxContacts();
        List<String> snapshots = locationId == null
                ? jdbc.queryForList("""
                        select snapshot from contact_state where deleted = false and snapshot is not null
                         order by updated_at desc fetch first ? rows only""", String.class, limit + 1)
                : jdbc.queryForList("""
                        select snapshot from contact_state where location_id = ? and deleted = false
                           and snapshot is not null order by updated_at desc fetch first ? rows only""",
                        String.class, locationId, limit + 1);
        boolean complete = snapshots.size() <= limit;
        Map<String, long[]> bySource = new HashMap<>();
        Map<String, long[]> byTag = new HashMap<>();
        Map<String, long[]> due = new LinkedHashMap<>();
        for (String state : List.of("completed", "open", "overdue")) {
            due.put(state, new long[dayCount]);
        }
        long[] notes = new long[dayCount];
        Map<String, Long> taskTotals = new HashMap<>();
        Instant now = clock.instant();
        int scanned = 0;
        for (String text : snapshots.subList(0, Math.min(limit, snapshots.size()))) {
            JsonNode snapshot = parse(text);
            if (snapshot == null) {
                continue;
            }
            scanned++;
            JsonNode contact = snapshot.path("contact");
            int added = window.index(contact.path("dateAdded"));
            if (added >= 0) {
                String source = contact.path("source").asText("");
                bySource.computeIfAbsent(source.isBlank() ? "(none)" : source, k -> new long[dayCount])[added]++;
                contact.path("tags").forEach(tag -> byTag.computeIfAbsent(tag.asText(), k -> new long[dayCount])[added]++);
            }
            for (JsonNode task : snapshot.path("tasks")) {
                Instant dueAt = instant(task.path("dueDate"));
                String state = task.path("completed").asBoolean() ? "completed"
                        : dueAt != null && dueAt.isBefore(now) ? "overdue" : "open";
                taskTotals.merge(state, 1L, Long::sum);
                int day = window.index(task.path("dueDate"));
                if (day >= 0) {
                    due.get(state)[day]++;
                }
            }
            for (JsonNode note : snapshot.path("notes")) {
                int day = window.index(note.path("dateAdded"));
                if (day >= 0) {
                    notes[day]++;
                }
            }
        }
        return new Report(window.days(), scanned, complete, top(bySource, dayCount), top(byTag, dayCount),
                new Tasks(taskTotals.getOrDefault("open", 0L), taskTotals.getOrDefault("overdue", 0L),
                        taskTotals.getOrDefault("completed", 0L), due), notes);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException unreadable) {
            return null; // a snapshot the sync core could not have written; not counted
        }
    }

    /** The largest series by total, the rest summed as "other". */
    private static Map<String, long[]> top(Map<String, long[]> series, int dayCount) {
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(series.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        Map<String, long[]> top = new LinkedHashMap<>();
        long[] other = new long[dayCount];
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_SERIES) {
                top.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                long[] values = sorted.get(i).getValue();
                for (int d = 0; d < dayCount; d++) {
                    other[d] += values[d];
                }
            }
        }
        if (sorted.size() > TOP_SERIES) {
            top.put("other", other);
        }
        return top;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The days shown: {@code count} UTC days ending today. */
    private record Window(LocalDate first, int count) {

        int index(JsonNode date) {
            Instant at = instant(date);
            if (at == null) {
                return -1;
            }
            long day = at.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay() - first.toEpochDay();
            return day >= 0 && day < count ? (int) day : -1;
        }

        List<LocalDate> days() {
            return first.datesUntil(first.plusDays(count)).toList();
        }
    }
}
