package io.ghlsync.ops;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dead-letter table: every exchange a flow could not deliver after its retries, with its
 * payload, the headers a replay needs and the error. A second failure of the same event in the same
 * flow (or of a replay) updates the open row and appends to its history instead of adding a row.
 */
@Component("deadLetters")
public class DeadLetterStore {

    /** Header a replay carries, so a renewed failure is recorded against the same row. */
    public static final String DEAD_LETTER_ID = "deadLetterId";
    /** Exchange property set when an exchange ended in the dead-letter store. */
    public static final String DEAD_LETTERED = "ghlsync.deadLettered";

    private static final int MAX_MESSAGE = 4000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DeadLetterPayload payloads;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DeadLetterStore(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json,
                    ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.payloads = new DeadLetterPayload(json);
        this.json = json;
        this.events = events;
    }

    /**
     * Records the failure the exchange carries ({@link Exchange#EXCEPTION_CAUGHT}) for the route the
     * exchange came from, and marks the exchange as dead-lettered. Returns the row id. Then a
     * {@link DeadLetterRecorded} event tells the alerts and the gauge.
     */
    public long record(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        FailedExchange failed = FailedExchange.of(exchange, error);
        Long existing = exchange.getMessage().getHeader(DEAD_LETTER_ID, Long.class);
        long id = transaction.execute(status -> existing != null ? recordAgain(existing, failed)
                : openRowFor(failed).map(row -> recordAgain(row, failed)).orElseGet(() -> insert(failed)));
        exchange.setProperty(DEAD_LETTERED, id);
        events.publishEvent(new DeadLetterRecorded(id, failed.flow(), failed.locationId(), failed.objectType(),
                failed.objectId(), failed.errorType(), clock.instant()));
        return id;
    }

    /**
     * Records a failure that did not come through a flow's error handler (the inbox's own dead letters). The same
     * flow and event key land on the same row whatever its status: a resolved row that fails again is reopened with
     * its history, since for the inbox "resolved" means handed back for one more delivery.
     */
    long recordElsewhere(FailedExchange failed) {
        return transaction.execute(status -> jdbc.queryForList(
                        "select id from dead_letter where flow = ? and event_key = ? order by id desc",
                        Long.class, failed.flow(), failed.eventKey()).stream().findFirst()
                .map(id -> recordAgain(id, failed.withAttempts(1)))
                .orElseGet(() -> insert(failed)));
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query("select * from dead_letter where id = ?", ROWS, id).stream().findFirst();
    }

    /** Dead letters matching the filter (null means any), newest failure first. */
    public List<DeadLetter> list(String flow, String locationId, String status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from dead_letter where 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "flow", flow);
        filter(sql, args, "location_id", locationId);
        filter(sql, args, "status", status == null ? null : status.toUpperCase(Locale.ROOT));
        sql.append(" order by last_failed_at desc, id desc offset ? rows fetch next ? rows only");
        args.add(offset);
        args.add(limit);
        return jdbc.query(sql.toString(), ROWS, args.toArray());
    }

    public long count(String flow, String locationId, String status) {
        StringBuilder sql = new StringBuilder("select count(*) from dead_letter where 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "flow", flow);
        filter(sql, args, "location_id", locationId);
        filter(sql, args, "status", status == null ? null : status.toUpperCase(Locale.ROOT));
        Long count = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Moves an OPEN row to REPLAYING; false when it is not open (resolved, or replaying elsewhere). */
    boolean startReplay(long id) {
        return jdbc.update("update dead_letter set status = ?, replay_count = replay_count + 1 where id = ? and status = ?",
                DeadLetter.REPLAYING, id, DeadLetter.OPEN) == 1;
    }

    /**
     * Marks a replayed row RESOLVED, unless a failure was recorded against it while the replay ran (it is OPEN
     * again then): answers whether it was resolved.
     */
    boolean resolve(long id) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transaction.execute(status -> {
            DeadLetter row = find(id).orElseThrow();
            return jdbc.update("update dead_letter set status = ?, resolved_at = ?, history = ? where id = ? and status = ?",
                    DeadLetter.RESOLVED, Timestamp.from(now),
                    appendHistory(row.history(), "replayed", now, null, null), id, DeadLetter.REPLAYING) == 1;
        }));
    }

    /** A replay ended without reaching the flow's error handler (e.g. no such endpoint): reopen with the reason. */
    void replayFailed(long id, Throwable error) {
        transaction.executeWithoutResult(status -> {
            DeadLetter row = find(id).orElseThrow();
            Instant now = clock.instant();
            jdbc.update("""
                    update dead_letter set status = ?, attempts = attempts + 1, last_failed_at = ?,
                           error_type = ?, error_message = ?, history = ? where id = ?""",
                    DeadLetter.OPEN, Timestamp.from(now), error.getClass().getName(), truncate(error.getMessage()),
                    appendHistory(row.history(), "replay failed", now, row.errorType(), row.errorMessage()), id);
        });
    }

    private Optional<Long> openRowFor(FailedExchange failed) {
        if (failed.eventKey() == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select id from dead_letter where flow = ? and event_key = ? and status <> ?",
                Long.class, failed.flow(), failed.eventKey(), DeadLetter.RESOLVED).stream().findFirst();
    }

    private long insert(FailedExchange failed) {
        Timestamp now = Timestamp.from(clock.instant());
        Object[] values = {failed.flow(), failed.endpoint(), failed.locationId(), failed.objectType(),
            failed.objectId(), failed.eventKey(), payloads.typeOf(failed.body()), payloads.write(failed.body()),
            headersJson(failed.headers()), failed.errorType(), truncate(failed.errorMessage()), failed.attempts(),
            now, now, DeadLetter.OPEN, "[]"};
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into dead_letter (flow, endpoint, location_id, object_type, object_id, event_key,
                        payload_type, payload, headers, error_type, error_message, attempts, first_failed_at,
                        last_failed_at, status, replay_count, history)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", new String[] {"id"});
            new ArgumentPreparedStatementSetter(values).setValues(insert);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private long recordAgain(long id, FailedExchange failed) {
        DeadLetter row = find(id).orElseThrow(() -> new IllegalStateException("dead letter " + id + " vanished"));
        Instant now = clock.instant();
        jdbc.update("""
                update dead_letter set status = ?, attempts = attempts + ?, last_failed_at = ?, error_type = ?,
                       error_message = ?, payload_type = ?, payload = ?, headers = ?, history = ? where id = ?""",
                DeadLetter.OPEN, failed.attempts(), Timestamp.from(now), failed.errorType(),
                truncate(failed.errorMessage()), payloads.typeOf(failed.body()), payloads.write(failed.body()),
                headersJson(failed.headers()),
                appendHistory(row.history(), "failed", row.lastFailedAt(), row.errorType(), row.errorMessage()), id);
        return id;
    }

    Object payloadOf(DeadLetter row) throws Exception {
        return payloads.read(row.payloadType(), row.payload());
    }

    Map<String, Object> headersOf(DeadLetter row) throws Exception {
        if (row.headers() == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = json.readValue(row.headers(), LinkedHashMap.class);
        return headers;
    }

    private String headersJson(Map<String, Object> headers) {
        return json.valueToTree(headers).toString();
    }

    private String appendHistory(String history, String what, Instant at, String errorType, String errorMessage) {
        ArrayNode entries;
        try {
            entries = history == null ? json.createArrayNode() : (ArrayNode) json.readTree(history);
        } catch (Exception unreadable) {
            entries = json.createArrayNode();
        }
        ObjectNode entry = entries.addObject().put("event", what).put("at", at.toString());
        if (errorType != null) {
            entry.put("errorType", errorType).put("errorMessage", errorMessage);
        }
        return entries.toString();
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static String truncate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<DeadLetter> ROWS = (rs, n) -> new DeadLetter(rs.getLong("id"),
            rs.getString("flow"), rs.getString("endpoint"), rs.getString("location_id"), rs.getString("object_type"),
            rs.getString("object_id"), rs.getString("event_key"), rs.getString("payload_type"), rs.getString("payload"),
            rs.getString("headers"), rs.getString("error_type"), rs.getString("error_message"), rs.getInt("attempts"),
            instant(rs, "first_failed_at"), instant(rs, "last_failed_at"), rs.getString("status"),
            rs.getInt("replay_count"), instant(rs, "resolved_at"), rs.getString("history"));
}
