package io.ghlsync.sync.mirror;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.ghlsync.SyncAppTest;

/**
 * The whole application in sandbox mode with every flow of the mirror switched on (the test profile switches them
 * off for the rest of the suite), and {@link MirrorWorld} to act in and count the simulators. Mirror tests share this
 * one context; each works on contacts of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SyncAppTest
@Import(MirrorWorld.class)
@TestPropertySource(properties = {
    "ghlsync.flows.ghl-contact-to-pushpress.enabled=true",
    "ghlsync.flows.pushpress-customer-to-ghl.enabled=true",
    "ghlsync.flows.ghl-task-to-app.enabled=true",
    "ghlsync.flows.app-task-to-ghl.enabled=true",
    "ghlsync.flows.ghl-note-to-app.enabled=true",
    "ghlsync.flows.app-note-to-ghl.enabled=true",
    "ghlsync.flows.ghl-event-to-push.enabled=true",
    // Quicker hand-overs keep the scenarios short; the behaviour is the same.
    "ghlsync.inbox.poll-interval=50ms", "ghlsync.inbox.coalesce-delay=300ms"
})
public @interface MirrorAppTest {
}
