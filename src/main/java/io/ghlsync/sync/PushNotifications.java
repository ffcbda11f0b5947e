package io.ghlsync.sync;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code pushNotifications}, the steps of {@code routes/ghl-event-to-push.camel.yaml}: what the notification
 * template reads, and "exactly one notification per event" — Camel's JDBC idempotent repository (table
 * {@code camel_messageprocessed}, processor {@code ghl-event-to-push}) keyed by the event's webhookId, recorded only
 * once the notification was sent, so a failed send can be retried and replayed, a sent one is never repeated.
 */
@Component("pushNotifications")
@ConditionalOnSync
public class PushNotifications {

    private final JdbcMessageIdRepository sent;
    private final ContactStateStore states;

    PushNotifications(DataSource dataSource, PlatformTransactionManager transactions, ContactStateStore states) {
        this.sent = new JdbcMessageIdRepository(dataSource, new TransactionTemplate(transactions), "ghl-event-to-push");
        this.sent.setCreateTableIfNotExists(false); // Flyway's V1__core.sql owns the table
        this.sent.start();
        this.states = states;
    }

    public boolean notSentYet(String eventKey) {
        return !sent.contains(eventKey);
    }

    public void sent(String eventKey) {
        sent.add(eventKey);
    }

    /**
     * {@code {type, locationId, event, contact}} for the template {@code ghl-event-to-push-notification}. The contact
     * comes from the snapshot beside the event, or (on a dead-letter replay, which carries no snapshot) from the
     * newest state ghl-sync holds.
     */
    public ObjectNode mappingSource(GhlEvent event, ContactSnapshot snapshot) {
        ObjectNode source = JsonNodeFactory.instance.objectNode().put("type", event.type())
                .put("locationId", event.locationId());
        source.set("event", event.payload());
        JsonNode contact = snapshot != null ? snapshot.contact() : event.contactId() == null ? null
                : states.find(event.locationId(), event.contactId()).map(ContactState::contact).orElse(null);
        if (contact != null && contact.isObject()) {
            source.set("contact", contact);
        }
        return source;
    }
}
