package io.ghlsync.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;

/**
 * Table {@code contact_state}: the newest state of each contact handed to the flows. Its {@code snapshot} column is
 * {@code {"contact", "tasks", "notes", "appointments", "seen"}}; the dashboard's analytics read it too. One contact
 * is only ever enriched by one instance at a time (the inbox claims its group), so a plain upsert suffices.
 */
@Component
@ConditionalOnSync
class ContactStateStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    ContactStateStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ContactState> find(String locationId, String contactId) {
        return jdbc.query("select * from contact_state where location_id = ? and contact_id = ?",
                (rs, n) -> {
                    JsonNode stored = read(rs.getString("snapshot"));
                    Timestamp updated = rs.getTimestamp("source_updated_at");
                    return new ContactState(locationId, contactId, rs.getBoolean("deleted"), stored.path("contact"),
                            ContactItems.read(stored), updated == null ? null : updated.toInstant(),
                            rs.getString("content_hash"));
                }, locationId, contactId).stream().findFirst();
    }

    void save(ContactState state) {
        ObjectNode snapshot = json.createObjectNode();
        snapshot.set("contact", state.contact());
        state.items().writeTo(snapshot);
        Object[] values = {state.sourceUpdatedAt() == null ? null : state.sourceUpdatedAt().atOffset(ZoneOffset.UTC),
            state.contentHash(), snapshot.toString(), state.deleted(), clock.instant().atOffset(ZoneOffset.UTC),
            state.locationId(), state.contactId()};
        String update = "update contact_state set source_updated_at = ?, content_hash = ?, snapshot = ?, deleted = ?,"
                + " updated_at = ? where location_id = ? and contact_id = ?";
        if (jdbc.update(update, values) == 0) {
            try {
                jdbc.update("insert into contact_state (source_updated_at, content_hash, snapshot, deleted, updated_at,"
                        + " location_id, contact_id) values (?, ?, ?, ?, ?, ?, ?)", values);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(update, values);
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("contact_state.snapshot is not JSON", unreadable);
        }
    }
}
