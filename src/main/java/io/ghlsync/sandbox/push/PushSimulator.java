package io.ghlsync.sandbox.push;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.simulation.SequencedLog;
import io.ghlsync.sandbox.simulation.SimulatedService;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The Push simulator's record of what it was asked to send: every accepted notification with its
 * endpoint, group and channel, so tests and the dashboard can count exactly what reached "the
 * phones". Requests are checked as Push documents (docs/api-research.md §2).
 */
public final class PushSimulator {

    private static final Set<String> SOUNDS = Set.of("default", "arcade", "correct", "fail", "harp", "reveal",
            "bubble", "doorbell", "flute", "money", "scifi", "clear", "elevator", "guitar", "pop");
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9-]+");

    private final SimulatedService service;
    private final SequencedLog<PushedNotification> notifications;
    private final AtomicLong total = new AtomicLong();
    private final Clock clock = Clock.systemUTC();

    PushSimulator(SimulatedService service, int logSize) {
        this.service = service;
        this.notifications = new SequencedLog<>(logSize);
        service.onReset(() -> {
            notifications.clear();
            total.set(0);
        });
    }

    /** Faults, rate limit, request log and reset of this simulator. */
    public SimulatedService service() {
        return service;
    }

    /** Accepted notifications after {@code since}, oldest first. */
    public List<PushedNotification> notifications(long since) {
        return notifications.since(since, Integer.MAX_VALUE);
    }

    /** How many notifications were accepted since start or the last reset. */
    public long total() {
        return total.get();
    }

    Map<String, Object> page(long since, int limit) {
        Map<String, Object> page = notifications.page("notifications", since, limit);
        page.put("total", total.get());
        return page;
    }

    PushedNotification accept(String endpoint, String groupId, JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new SimulatorRejection(400, "body must be a JSON object with title and body");
        }
        String title = required(request, "title");
        String body = required(request, "body");
        String sound = optional(request, "sound");
        if (sound != null && !SOUNDS.contains(sound)) {
            throw new SimulatorRejection(400, "sound must be one of " + SOUNDS.stream().sorted().toList());
        }
        String channel = optional(request, "channel");
        if (channel != null && !CHANNEL.matcher(channel).matches()) {
            throw new SimulatorRejection(400, "channel may contain only letters, numbers and hyphens");
        }
        String link = url(request, "link");
        String image = url(request, "image");
        JsonNode timeSensitive = request.path("timeSensitive");
        if (!timeSensitive.isMissingNode() && !timeSensitive.isBoolean()) {
            throw new SimulatorRejection(400, "timeSensitive must be a boolean");
        }
        total.incrementAndGet();
        return notifications.append(seq -> new PushedNotification(seq, clock.instant(), endpoint, groupId,
                channel == null ? "feed" : channel, title, body, link, image, sound, timeSensitive.asBoolean(false)));
    }

    private static String required(JsonNode request, String field) {
        JsonNode value = request.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new SimulatorRejection(400, field + " is required");
        }
        return value.asText();
    }

    private static String optional(JsonNode request, String field) {
        JsonNode value = request.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SimulatorRejection(400, field + " must be a string");
        }
        return value.asText();
    }

    private static String url(JsonNode request, String field) {
        String value = optional(request, field);
        if (value != null && !value.startsWith("https://") && !value.startsWith("http://")) {
            throw new SimulatorRejection(400, field + " must be a URL");
        }
        return value;
    }
}
