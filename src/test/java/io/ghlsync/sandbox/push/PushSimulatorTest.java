package io.ghlsync.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.simulation.SimulatorCalls;
import io.ghlsync.sandbox.simulation.SimulatorCalls.Answer;

@SyncAppTest
class PushSimulatorTest {

    private static final String API = "/sandbox/push/api/v1";
    private static final Map<String, String> KEY = Map.of("x-api-key", "sandbox-push-key");

    @LocalServerPort
    int port;

    private SimulatorCalls calls;

    @BeforeEach
    void noNotificationsYet() {
        calls = new SimulatorCalls(port);
        calls.send("POST", "/sandbox/push/_sim/reset", null, Map.of());
    }

    @Test
    void answersASentNotificationInPushsDocumentedShape() {
        Answer answer = calls.send("POST", API + "/notify", Map.of("title", "t", "body", "b"), KEY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("success").asBoolean()).isTrue();
        assertThat(answer.body().get("message").isTextual()).isTrue();
        assertThat(answer.body().get("responses").get(0).get("success").asBoolean()).isTrue();
    }

    @Test
    void listsEveryAcceptedNotificationWithItsEndpointGroupAndChannel() {
        calls.send("POST", API + "/notify", Map.of("title", "One", "body", "b", "channel", "leads"), KEY);
        calls.send("POST", API + "/notify-async", Map.of("title", "Two", "body", "b"), KEY);
        calls.send("POST", API + "/notify/group/coaches", Map.of("title", "Three", "body", "b"), KEY);

        JsonNode listed = calls.get("/sandbox/push/_sim/notifications", Map.of()).body();

        assertThat(listed.get("total").asLong()).isEqualTo(3);
        assertThat(listed.get("serverTime").isTextual()).isTrue();
        JsonNode notifications = listed.get("notifications");
        assertThat(notifications).extracting(n -> n.get("endpoint").asText())
                .containsExactly("notify", "notify-async", "group");
        assertThat(notifications).extracting(n -> n.get("channel").asText()).containsExactly("leads", "feed", "feed");
        assertThat(notifications.get(2).get("groupId").asText()).isEqualTo("coaches");
        assertThat(notifications.get(0).get("receivedAt").isTextual()).isTrue();
    }

    @Test
    void aWrongKeyIs401WithPushsErrorShape() {
        Answer answer = calls.send("POST", API + "/notify", Map.of("title", "t", "body", "b"),
                Map.of("x-api-key", "nope"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("success").asBoolean()).isFalse();
        assertThat(answer.body().get("message").asText()).isEqualTo("Invalid API key");
    }

    @Test
    void anUnknownSoundIsRefusedNamingTheField() {
        Answer answer = calls.send("POST", API + "/notify", Map.of("title", "t", "body", "b", "sound", "trumpet"), KEY);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).startsWith("sound must be one of");
        assertThat(calls.get("/sandbox/push/_sim/notifications", Map.of()).body().get("total").asLong()).isZero();
    }

    @Test
    void aNotificationWithoutBodyIsRefusedNamingTheField() {
        Answer answer = calls.send("POST", API + "/notify", Map.of("title", "t"), KEY);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).isEqualTo("body is required");
    }
}
