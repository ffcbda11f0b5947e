package io.ghlsync.target.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.push.PushSimulator;
import io.ghlsync.sandbox.push.PushSimulatorProperties;
import io.ghlsync.sandbox.push.PushedNotification;
import io.ghlsync.target.TargetAuthenticationException;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetValidationException;

@SyncAppTest
class PushClientTest {

    @Autowired
    PushClient push;

    @Autowired
    PushSimulator phones;

    @Autowired
    PushProperties properties;

    @Autowired
    PushSimulatorProperties simulatorProperties;

    @Autowired
    TargetHttpFactory factory;

    @BeforeEach
    void noNotificationsYet() {
        phones.service().reset();
    }

    @Test
    void sendsANotificationWithEveryOptionalField() {
        Map<String, Object> answer = push.send(Map.of("title", "New lead", "body", "Ava signed up",
                "link", "https://app.example.com/contacts/1", "image", "https://img.example.com/a.png",
                "sound", "money", "channel", "new-leads", "timeSensitive", true));

        assertThat(answer).containsEntry("success", true).containsKey("responses");
        assertThat(phones.notifications(0)).singleElement().satisfies(n -> {
            assertThat(n.endpoint()).isEqualTo("notify");
            assertThat(n.title()).isEqualTo("New lead");
            assertThat(n.body()).isEqualTo("Ava signed up");
            assertThat(n.link()).isEqualTo("https://app.example.com/contacts/1");
            assertThat(n.image()).isEqualTo("https://img.example.com/a.png");
            assertThat(n.sound()).isEqualTo("money");
            assertThat(n.channel()).isEqualTo("new-leads");
            assertThat(n.timeSensitive()).isTrue();
        });
    }

    @Test
    void aNotificationWithoutChannelLandsInPushsDefaultFeed() {
        push.send(Map.of("title", "Hello", "body", "World"));

        assertThat(phones.notifications(0)).extracting(PushedNotification::channel).containsExactly("feed");
    }

    @Test
    void sendsAsynchronously() {
        assertThat(push.sendAsync(Map.of("title", "Queued", "body", "later"))).containsEntry("success", true);

        assertThat(phones.notifications(0)).extracting(PushedNotification::endpoint).containsExactly("notify-async");
    }

    @Test
    void sendsToADeviceGroup() {
        push.sendToGroup("front desk", Map.of("title", "Walk-in", "body", "at reception"));

        assertThat(phones.notifications(0)).singleElement().satisfies(n -> {
            assertThat(n.endpoint()).isEqualTo("group");
            assertThat(n.groupId()).isEqualTo("front desk");
        });
    }

    @Test
    void aNotificationWithoutTitleIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> push.send(Map.of("body", "no title")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(phones.service().requests(0)).isEmpty();
    }

    @Test
    void aSoundPushDoesNotHaveIsRefusedNamingTheField() {
        assertThatThrownBy(() -> push.send(Map.of("title", "t", "body", "b", "sound", "trumpet")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("sound"));
    }

    @Test
    void aChannelWithSpacesIsRefusedNamingTheField() {
        assertThatThrownBy(() -> push.send(Map.of("title", "t", "body", "b", "channel", "new leads")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("channel"));
    }

    @Test
    void aRelativeLinkIsRefusedNamingTheField() {
        assertThatThrownBy(() -> push.send(Map.of("title", "t", "body", "b", "link", "/contacts/1")))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("link"));
    }

    @Test
    void aWrongApiKeyIsRefusedWithPushsOwnMessage() {
        PushClient wrongKey = new PushClient(properties, new PushSimulatorProperties("wrong-key",
                simulatorProperties.requestLogSize(), simulatorProperties.notificationLogSize(),
                simulatorProperties.rateLimit()), factory);

        assertThatThrownBy(() -> wrongKey.send(Map.of("title", "t", "body", "b")))
                .isInstanceOfSatisfying(TargetAuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.serverMessage()).isEqualTo("Invalid API key");
                });
        assertThat(phones.total()).isZero();
    }
}
