package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Past {@code ghlsync.inbox.max-backlog} unprocessed events, intake answers 429 with Retry-After, the one status
 * HighLevel retries (docs/api-research.md §1.8), and stores nothing. The bound is 0 here, so one unprocessed row
 * is enough; that works on a fresh H2 database and on a shared PostgreSQL schema alike.
 */
@TestPropertySource(properties = {"ghlsync.inbox.max-backlog=0", "ghlsync.inbox.retry-after=45s"})
class InboxBacklogTest extends WebhookAppTest {

    @Autowired
    Inbox inbox;

    @Autowired
    InboxBacklog backlog;

    @Test
    void pastTheBacklogBoundAWebhookIsRefusedWith429AndRetryAfterAndNotStored() {
        inbox.store(new NewInboxEvent("backlog", "k-" + UUID.randomUUID(), "thing.changed", null, "backlog:g",
                Instant.now(), "{}"));
        backlog.recount();
        ObjectNode event = GhlExamples.delivery("ContactCreate");

        HttpResponse<String> response = client.postGhl(GhlExamples.bytes(event));

        assertRefused(response, 429, "more than ghlsync.inbox.max-backlog=0; nothing was stored, retry later");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("45");
        assertThat(rows.count("ghl", event.get("webhookId").asText())).isZero();
    }
}
