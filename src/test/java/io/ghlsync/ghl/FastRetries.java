package io.ghlsync.ghl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import io.ghlsync.SyncAppTest;

/**
 * The whole app as {@link SyncAppTest}, with retries and timeouts short enough for fault tests:
 * three attempts, 200 ms first backoff, a two-second read timeout. The HighLevel simulator keeps its webhooks to
 * itself (recorded, not sent), so that the requests it logs are the client's under test and not the sync's own reads
 * of the contacts a test creates. Classes carrying it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SyncAppTest
@TestPropertySource(properties = {
    "ghlsync.ratelimit.max-attempts=3", "ghlsync.ratelimit.initial-backoff=200ms", "ghlsync.ratelimit.max-backoff=1s",
    "ghlsync.ghl.read-timeout=2s", "ghlsync.sandbox.ghl.webhooks.enabled=false"})
@interface FastRetries {
}
