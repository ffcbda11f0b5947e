package io.ghlsync.ops.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes contact snapshots into {@code contact_state} the way the sync core does (the dashboard only reads them),
 * each test in a location of its own.
 */
final class Snapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String location = "snap-" + UUID.randomUUID();
    private int next;

    Snapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String location() {
        return location;
    }

    /** A contact added {@code daysAgo} days ago, with tasks and notes. */
    void contact(int daysAgo, String source, List<String> tags, List<Map<String, Object>> tasks,
                 List<Map<String, Object>> notes) {
        String id = "c" + next++;
        Instant added = Instant.now().minus(Duration.ofDays(daysAgo));
        Map<String, Object> snapshot = Map.of(
                "contact", Map.of("id", id, "locationId", location, "source", source, "tags", tags,
                        "dateAdded", added.toString(), "dateUpdated", added.toString()),
                "tasks", tasks, "notes", notes, "appointments", List.of());
        try {
            jdbc.update("""
                    insert into contact_state (location_id, contact_id, source_updated_at, content_hash, snapshot,
                        deleted, updated_at) values (?, ?, ?, ?, ?, ?, ?)""",
                    location, id, Timestamp.from(added), "h" + id, JSON.writeValueAsString(snapshot), false,
                    Timestamp.from(Instant.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> task(boolean completed, int dueInDays) {
        return Map.of("id", UUID.randomUUID().toString(), "title", "Call", "completed", completed,
                "dueDate", Instant.now().plus(Duration.ofDays(dueInDays)).toString());
    }

    static Map<String, Object> note(int daysAgo) {
        return Map.of("id", UUID.randomUUID().toString(), "body", "Note",
                "dateAdded", Instant.now().minus(Duration.ofDays(daysAgo)).toString());
    }

    /** A realistic spread over the last four weeks (fixed seed), for the charts a person looks at. */
    void realisticSpread() {
        Random random = new Random(7);
        String[] sources = {"website", "website", "facebook", "walk-in", "referral", "instagram"};
        String[] tags = {"trial", "member", "vip", "newsletter", "member", "trial"};
        for (int i = 0; i < 140; i++) {
            int daysAgo = Math.min(random.nextInt(29), random.nextInt(29)); // more recent contacts than old ones
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (int t = random.nextInt(3); t > 0; t--) {
                tasks.add(task(random.nextInt(3) == 0, random.nextInt(20) - 14));
            }
            List<Map<String, Object>> notes = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                notes.add(note(random.nextInt(daysAgo + 1)));
            }
            contact(daysAgo, sources[random.nextInt(sources.length)],
                    random.nextBoolean() ? List.of(tags[random.nextInt(tags.length)])
                            : List.of(tags[random.nextInt(tags.length)], "newsletter"), tasks, notes);
        }
    }
}
