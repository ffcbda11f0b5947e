package io.ghlsync.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.apache.camel.processor.idempotent.IdempotentOnCompletion;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.ghlsync.ConditionalOnSync;

/**
 * Bean {@code inboxDedup}: Camel's JDBC idempotent repository ({@code camel_messageprocessed}, one processor name
 * {@code inbox-<source>} per source, keyed by {@code event_key}) in front of the hand-over, completion-based as
 * {@code idempotentConsumer(...).eager(false)} is: an event already recorded is left out, and the others are recorded
 * by Camel's own {@link IdempotentOnCompletion} only once the exchange completed without error. A crash or a
 * failure before that leaves them unrecorded, so they are delivered again, never lost. (The idempotent-consumer
 * EIP keys an exchange by one id; a group's exchange carries several events, hence one completion per event.)
 * The intake's unique (source, event_key) already drops duplicate webhooks; this catches the redelivery of a group
 * that was handled but not yet marked DONE when its instance died.
 */
@Component("inboxDedup")
@ConditionalOnSync
class InboxDedup {

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Map<String, JdbcMessageIdRepository> repositories = new ConcurrentHashMap<>();

    InboxDedup(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Leaves out the events already processed and registers the recording of the others on completion. */
    public void skipProcessed(Exchange exchange) {
        String source = exchange.getMessage().getHeader(InboxDelivery.SOURCE_HEADER, String.class);
        JdbcMessageIdRepository processed = repository(source);
        List<InboxEvent> fresh = new ArrayList<>();
        for (Object item : exchange.getMessage().getBody(List.class)) {
            InboxEvent event = (InboxEvent) item;
            if (!processed.contains(event.eventKey())) {
                fresh.add(event);
                exchange.getExchangeExtension().addOnCompletion(
                        new IdempotentOnCompletion(processed, event.eventKey(), false, false));
            }
        }
        exchange.getMessage().setBody(fresh);
    }

    private JdbcMessageIdRepository repository(String source) {
        return repositories.computeIfAbsent(source, name -> {
            JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, transaction, "inbox-" + name);
            repository.setCreateTableIfNotExists(false); // Flyway's V1__core.sql owns the table
            repository.start();
            return repository;
        });
    }
}
