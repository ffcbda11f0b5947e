package io.ghlsync.ops;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Service;

import io.ghlsync.ConditionalOnSync;

/**
 * Sends a dead letter's payload back into the flow it failed in, through the flow's own endpoint, so
 * the replay passes the same dedup and echo suppression as the original (replaying twice is safe).
 * Success resolves the row; a renewed failure lands on the same row (the flow's error handler sees the
 * {@code deadLetterId} header) and keeps its history. A failure recorded against the row while the replay ran
 * (the inbox's dead letters fail asynchronously, see {@link InboxDeadLetters}) wins over the replay's success.
 */
@Service
@ConditionalOnSync
public class DeadLetterReplay {

    /** What happened to one replay. */
    public enum Outcome { RESOLVED, FAILED_AGAIN, NOT_OPEN, NOT_FOUND }

    private final DeadLetterStore store;
    private final ProducerTemplate producer;

    DeadLetterReplay(DeadLetterStore store, ProducerTemplate producer) {
        this.store = store;
        this.producer = producer;
    }

    public Outcome replay(long id) {
        DeadLetter row = store.find(id).orElse(null);
        if (row == null) {
            return Outcome.NOT_FOUND;
        }
        if (!store.startReplay(id)) {
            return Outcome.NOT_OPEN;
        }
        Exchange exchange = new DefaultExchange(producer.getCamelContext());
        try {
            exchange.getMessage().setHeaders(store.headersOf(row));
            exchange.getMessage().setHeader(DeadLetterStore.DEAD_LETTER_ID, id);
            exchange.getMessage().setBody(store.payloadOf(row));
            producer.send(row.endpoint(), exchange);
        } catch (Exception unreplayable) {
            exchange.setException(unreplayable);
        }
        if (exchange.getProperty(DeadLetterStore.DEAD_LETTERED) != null) {
            return Outcome.FAILED_AGAIN;
        }
        if (exchange.getException() != null) {
            store.replayFailed(id, exchange.getException());
            return Outcome.FAILED_AGAIN;
        }
        return store.resolve(id) ? Outcome.RESOLVED : Outcome.FAILED_AGAIN;
    }

    /** Replays every open dead letter matching the filter, oldest first within the page read. */
    public List<Outcome> replayAll(String flow, String locationId, int limit) {
        List<DeadLetter> newestFirst = store.list(flow, locationId, DeadLetter.OPEN, 0, limit);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            outcomes.add(replay(newestFirst.get(i).id()));
        }
        return outcomes;
    }
}
