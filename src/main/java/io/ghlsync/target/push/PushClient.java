package io.ghlsync.target.push;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.sandbox.push.PushSimulatorProperties;
import io.ghlsync.target.TargetConnection;
import io.ghlsync.target.TargetConnection.Setting;
import io.ghlsync.target.TargetHttp;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetRejectedException;
import io.ghlsync.target.TargetValidationException;

/**
 * Push by Techulus notifications (docs/api-research.md §2), as the bean {@code push}. The body is
 * a map with {@code title} and {@code body} (required) and optional {@code link}, {@code image},
 * {@code sound}, {@code channel}, {@code timeSensitive}; it is checked before sending. Each method
 * answers Push's {@code {success, message, responses}}.
 */
@Component("push")
@ConditionalOnSync
public class PushClient {

    static final String TARGET = "push";

    private final TargetHttp http;

    PushClient(PushProperties properties, PushSimulatorProperties simulator, TargetHttpFactory factory) {
        TargetConnection live = TargetConnection.live(
                new Setting("ghlsync.push.base-url", "GHLSYNC_PUSH_BASE_URL", properties.baseUrl()),
                Map.of("x-api-key", new Setting("ghlsync.push.api-key", "GHLSYNC_PUSH_API_KEY", properties.apiKey())));
        this.http = factory.create(TARGET, properties.http(), factory.sandbox()
                ? () -> TargetConnection.sandbox(factory.simulator(TARGET) + "/api/v1",
                        Map.of("x-api-key", simulator.apiKey()))
                : () -> live);
    }

    /** {@code POST /notify}: delivers to every device of the key's account (or team) now. */
    public Map<String, Object> send(Map<String, Object> notification) {
        return post("send", "/notify", notification);
    }

    /** {@code POST /notify-async}: the same, queued by Push and answered at once. */
    public Map<String, Object> sendAsync(Map<String, Object> notification) {
        return post("sendAsync", "/notify-async", notification);
    }

    /** {@code POST /notify/group/{groupId}}: to the devices of one device group. */
    public Map<String, Object> sendToGroup(String groupId, Map<String, Object> notification) {
        if (groupId == null || groupId.isBlank()) {
            throw new TargetValidationException(TARGET, "sendToGroup", "groupId", "is required");
        }
        return post("sendToGroup", "/notify/group/" + UriUtils.encodePathSegment(groupId, StandardCharsets.UTF_8),
                notification);
    }

    private Map<String, Object> post(String operation, String path, Map<String, Object> notification) {
        JsonNode answer = http.call(operation, "POST", path, PushNotification.validated(operation, notification));
        // The answer carries its own success flag (docs/api-research.md §2): a 2xx saying false was not sent.
        if (answer.path("success").isBoolean() && !answer.path("success").asBoolean()) {
            throw new TargetRejectedException(TARGET, operation, 200, answer.path("message").asText("success: false"));
        }
        return http.object(operation, answer);
    }
}
