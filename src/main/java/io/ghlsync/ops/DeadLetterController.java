package io.ghlsync.ops;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;

/**
 * The dead-letter API (admin token required, as all of {@code /api/**}): list and read dead letters, replay one or
 * many. Replays go through {@link DeadLetterReplay}, i.e. through the flow's own endpoint and its dedup.
 */
@RestController
@RequestMapping("/api/dead-letters")
@ConditionalOnSync
class DeadLetterController {

    static final int MAX_PAGE = 200;
    static final int MAX_BULK = 100;
    private static final Set<String> STATUSES = Set.of(DeadLetter.OPEN, DeadLetter.REPLAYING, DeadLetter.RESOLVED);

    /** One row of a listing: everything but the payload, headers and history. */
    record Summary(long id, String flow, String locationId, String objectType, String objectId, String eventKey,
                   String status, String errorType, String errorMessage, int attempts, int replayCount,
                   Instant firstFailedAt, Instant lastFailedAt, Instant resolvedAt) {

        static Summary of(DeadLetter row) {
            return new Summary(row.id(), row.flow(), row.locationId(), row.objectType(), row.objectId(),
                    row.eventKey(), row.status(), row.errorType(), row.errorMessage(), row.attempts(),
                    row.replayCount(), row.firstFailedAt(), row.lastFailedAt(), row.resolvedAt());
        }
    }

    record Page(List<Summary> items, long total, int offset, int limit) {
    }

    /** A whole dead letter; payload, headers and history as JSON. */
    record Detail(@JsonUnwrapped Summary summary, String endpoint, String payloadType, JsonNode payload, JsonNode headers,
                  JsonNode history) {
    }

    record ReplayAnswer(long id, DeadLetterReplay.Outcome outcome, String status, String errorType,
                        String errorMessage) {
    }

    record BulkAnswer(int replayed, Map<DeadLetterReplay.Outcome, Integer> outcomes) {
    }

    private final DeadLetterStore store;
    private final DeadLetterReplay replay;
    private final ObjectMapper json;

    DeadLetterController(DeadLetterStore store, DeadLetterReplay replay, ObjectMapper json) {
        this.store = store;
        this.replay = replay;
        this.json = json;
    }

    @GetMapping
    Page list(@RequestParam(required = false) String flow, @RequestParam(required = false) String locationId,
              @RequestParam(required = false) String status, @RequestParam(required = false) String offset,
              @RequestParam(required = false) String limit) {
        String wanted = status(status);
        int from = AdminRequestException.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = AdminRequestException.integer("limit", limit, 50, 1, MAX_PAGE);
        List<Summary> items = store.list(flow, locationId, wanted, from, size).stream().map(Summary::of).toList();
        return new Page(items, store.count(flow, locationId, wanted), from, size);
    }

    @GetMapping("/{id}")
    Detail one(@PathVariable String id) {
        DeadLetter row = row(id);
        return new Detail(Summary.of(row), row.endpoint(), row.payloadType(), tree(row.payload()), tree(row.headers()),
                tree(row.history()));
    }

    @PostMapping("/{id}/replay")
    ReplayAnswer replay(@PathVariable String id) {
        long key = row(id).id();
        DeadLetterReplay.Outcome outcome = replay.replay(key);
        DeadLetter after = store.find(key).orElseThrow();
        return switch (outcome) {
            case NOT_FOUND -> throw AdminRequestException.notFound("no dead letter " + key);
            case NOT_OPEN -> throw AdminRequestException.conflict("dead letter " + key + " is " + after.status()
                    + ", not OPEN: only open dead letters are replayed");
            case RESOLVED -> new ReplayAnswer(key, outcome, after.status(), null, null);
            case FAILED_AGAIN -> new ReplayAnswer(key, outcome, after.status(), after.errorType(), after.errorMessage());
        };
    }

    @PostMapping("/replay")
    BulkAnswer replayAll(@RequestParam(required = false) String flow, @RequestParam(required = false) String locationId,
                         @RequestParam(required = false) String limit) {
        int size = AdminRequestException.integer("limit", limit, 20, 1, MAX_BULK);
        Map<DeadLetterReplay.Outcome, Integer> counts = new EnumMap<>(DeadLetterReplay.Outcome.class);
        for (DeadLetterReplay.Outcome outcome : DeadLetterReplay.Outcome.values()) {
            counts.put(outcome, 0);
        }
        List<DeadLetterReplay.Outcome> outcomes = replay.replayAll(flow, locationId, size);
        outcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        return new BulkAnswer(outcomes.size(), counts);
    }

    private DeadLetter row(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AdminRequestException.badParameter("id", "must be a dead letter's number, got '" + id + "'");
        }
        return store.find(key).orElseThrow(() -> AdminRequestException.notFound("no dead letter " + key));
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String upper = status.trim().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(upper)) {
            throw AdminRequestException.badParameter("status", "must be OPEN, REPLAYING or RESOLVED, got '" + status + "'");
        }
        return upper;
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
