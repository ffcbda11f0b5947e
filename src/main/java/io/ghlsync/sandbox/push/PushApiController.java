package io.ghlsync.sandbox.push;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    /** The documented 200 shape: {@code {success, message, responses: [{success, message}]}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sent(boolean success, String message, List<Delivery> responses) {
    }

    record Delivery(boolean success, String message) {
    }

    @PostMapping(API + "/notify")
    Sent send(@RequestBody JsonNode notification) {
        push.accept("notify", null, notification);
        return sent("Notification sent");
    }

    @PostMapping(API + "/notify-async")
    Sent sendAsync(@RequestBody JsonNode notification) {
        push.accept("notify-async", null, notification);
        return new Sent(true, "Notification queued", null);
    }

    @PostMapping(API + "/notify/group/{groupId}")
    Sent sendToGroup(@PathVariable String groupId, @RequestBody JsonNode notification) {
        push.accept("group", groupId, notification);
        return sent("Notification sent to group " + groupId);
    }

    @GetMapping("/sandbox/push/_sim/notifications")
    Map<String, Object> notifications(@RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        return push.page(since, limit);
    }

    private static Sent sent(String message) {
        return new Sent(true, message, List.of(new Delivery(true, "Delivered")));
    }
}
