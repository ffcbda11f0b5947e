package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.ghlsync.sandbox.push.PushSimulator;
import io.ghlsync.sandbox.push.PushedNotification;

/**
 * Flow 5: the event types of ghlsync.push.events (default ContactCreate, TaskCreate, AppointmentCreate) each send
 * exactly one notification, worded by mappings/default/ghl-event-to-push-notification.yaml.
 */
@MirrorAppTest
class PushNotificationFlowTest {

    @Autowired
    MirrorWorld world;

    @Autowired
    PushSimulator push;

    @Test
    void aNewContactSendsExactlyOneNotification() {
        long since = lastNotification();
        String email = MirrorWorld.unique("pia") + "@example.com";
        String contactId = world.ghlContact("Pia", email);

        await().atMost(Duration.ofSeconds(30)).until(() -> !mine(since, contactId).isEmpty());
        world.awaitQuiet();
        assertThat(mine(since, contactId)).singleElement().satisfies(notification -> {
            assertThat(notification.title()).isEqualTo("New contact");
            assertThat(notification.body()).contains("Pia").contains(email);
            assertThat(notification.channel()).isEqualTo("highlevel");
            assertThat(notification.link()).endsWith("/contacts/detail/" + contactId);
        });
    }

    @Test
    void anEventTypeNotConfiguredSendsNothing() {
        String contactId = world.ghlContact("Quin", MirrorWorld.unique("quin") + "@example.com");
        world.awaitQuiet();
        long since = lastNotification();

        world.ghl.user().createNote(contactId, Map.of("body", "NoteCreate is not in ghlsync.push.events"));
        world.ghl.user().addTags(contactId, List.of("vip"));

        world.awaitQuiet();
        assertThat(mine(since, contactId)).isEmpty();
    }

    @Test
    void aNewTaskSendsOneNotificationNamingTheTaskAndContact() {
        String contactId = world.ghlContact("Rio", MirrorWorld.unique("rio") + "@example.com");
        world.awaitQuiet();
        long since = lastNotification();

        world.ghl.user().createTask(contactId, Map.of("title", "Renew membership", "dueDate", "2026-12-24T10:00:00.000Z",
                "completed", false));

        await().atMost(Duration.ofSeconds(30)).until(() -> !mine(since, contactId).isEmpty());
        world.awaitQuiet();
        assertThat(mine(since, contactId)).singleElement().satisfies(notification -> {
            assertThat(notification.title()).isEqualTo("New task");
            assertThat(notification.body()).isEqualTo("Renew membership — Rio Tester");
        });
    }

    private long lastNotification() {
        List<PushedNotification> all = push.notifications(0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    private List<PushedNotification> mine(long since, String contactId) {
        return push.notifications(since).stream().filter(n -> n.link() != null && n.link().endsWith(contactId)).toList();
    }
}
