package io.ghlsync.sandbox.push;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.simulation.SimulatedApi;

/**
 * Push's three send endpoints below {@code /sandbox/push/api/v1} (docs/api-research.md §2), and the
 * list of what they accepted at {@code /sandbox/push/_sim/notifications}.
 */
@RestController
@SimulatedApi
@ConditionalOnSimulators
class PushApiController {

    private static final String API = "/sandbox/push/api/v1";

    private final PushSimulator push;

    PushApiController(PushSimulator push) {
        this.push = push;
    }

    @PostMapping(API + "/notify")
    Map<String, Object> notify(@RequestBody JsonNode notification) {
        push.accept("notify", null, notification);
        return sent("Notification sent");
    }

    @PostMapping(API + "/notify-async")
    Map<String, Object> notifyAsync(@RequestBody JsonNode notification) {
        push.accept("notify-async", null, notification);
        return Map.of("success", true, "message", "Notification queued");
    }

    @PostMapping(API + "/notify/group/{groupId}")
    Map<String, Object> notifyGroup(@PathVariable String groupId, @RequestBody JsonNode notification) {
        push.accept("group", groupId, notification);
        return sent("Notification sent to group " + groupId);
    }

    @GetMapping("/sandbox/push/_sim/notifications")
    Map<String, Object> notifications(@RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        return push.page(since, limit);
    }

    /** The documented 200 shape: {@code {success, message, responses: [{success, message}]}}. */
    private static Map<String, Object> sent(String message) {
        return Map.of("success", true, "message", message,
                "responses", List.of(Map.of("success", true, "message", "Delivered")));
    }
}
