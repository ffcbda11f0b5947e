package io.ghlsync.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.annotation.PreDestroy;

import io.ghlsync.ConditionalOnSync;

/**
 * {@code POST /api/sync/full?locationId=…} (admin token, as all of {@code /api/**}): every contact of the location is
 * read from HighLevel and handed to the flows again, which bring the other side in line (writing only what
 * differs). The request is recorded first ({@code poll_watermark.resync_requested_at}), then the location's poll
 * runs at once on whichever instance Quartz picks; a crash midway leaves the request in place for the next poll.
 * Answers 202 at once: a resync of thousands of contacts takes minutes at HighLevel's rate limit.
 */
@RestController
@ConditionalOnSync
class FullResyncController {

    private static final Logger log = LoggerFactory.getLogger(FullResyncController.class);
    private static final Pattern LOCATION = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final PolledLocations locations;
    private final PollWatermarks watermarks;
    private final PollSchedules schedules;
    private final ContactPoller poller;
    private final ExecutorService unscheduled = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "full-resync");
        thread.setDaemon(true);
        return thread;
    });

    FullResyncController(PolledLocations locations, PollWatermarks watermarks, PollSchedules schedules,
            ContactPoller poller) {
        this.locations = locations;
        this.watermarks = watermarks;
        this.schedules = schedules;
        this.poller = poller;
    }

    @PostMapping(path = "/api/sync/full", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> requestFullResync(@RequestParam(required = false) String locationId)
            throws SchedulerException {
        if (locationId == null || locationId.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "query parameter 'locationId' is required");
        }
        if (!LOCATION.matcher(locationId).matches()) {
            return error(HttpStatus.BAD_REQUEST, "'locationId' must be 1 to 100 letters, digits, '-' or '_'");
        }
        if (!locations.all().contains(locationId)) {
            return error(HttpStatus.NOT_FOUND, "location " + locationId + " is not synced by this deployment"
                    + " (see ghlsync.polling.locations, or connect it at /oauth/ghl/start)");
        }
        Instant requested = watermarks.requestResync(locationId);
        boolean scheduled = schedules.runNow(locationId);
        if (!scheduled) { // polling switched off: carry it out here
            unscheduled.submit(() -> {
                try {
                    poller.poll(locationId);
                } catch (RuntimeException e) {
                    log.error("Full resync of {} failed; it stays requested: {}", locationId, e.getMessage(), e);
                }
            });
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("locationId", locationId);
        answer.put("requestedAt", requested.toString());
        return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @PreDestroy
    void stop() {
        unscheduled.shutdownNow();
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
