package io.ghlsync.webhook;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Route configuration {@code webhook-intake}, shared by the intake routes in routes/*-webhooks.camel.yaml: turns
 * every failure into an answer, with nothing stored. A refusal becomes its 4xx; a database that cannot take the
 * event right now becomes 429 with Retry-After, so that senders retry; anything else a bare 500.
 */
@Component
@ConditionalOnSync
class WebhookIntakeErrors extends RouteConfigurationBuilder {

    static final String ID = "webhook-intake";

    @Override
    public void configuration() {
        // One statement per clause: chained after end(), later clauses nest inside the previous one and the database
        // clause never matched (WebhookIntakeErrorsTest).
        RouteConfigurationDefinition intake = routeConfiguration(ID);
        intake.onException(WebhookRejectedException.class).handled(true).bean("webhookAnswer", "rejected");
        intake.onException(TransientDataAccessException.class, RecoverableDataAccessException.class,
                DataAccessResourceFailureException.class).handled(true).bean("webhookAnswer", "unavailable");
        intake.onException(Exception.class).handled(true).bean("webhookAnswer", "failed");
    }
}
