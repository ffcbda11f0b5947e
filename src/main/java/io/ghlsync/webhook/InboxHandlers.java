package io.ghlsync.webhook;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Which sources have a handler: a started route consuming {@code direct:inbox-<source>}. Events of a source without
 * one are not claimed and stay NEW until a handler appears (routes can be added at run time), rather than failing
 * into the dead letter. Logs which intake sources have none at the first look, and every change after.
 */
@Component
@ConditionalOnSync
class InboxHandlers {

    private static final Logger log = LoggerFactory.getLogger(InboxHandlers.class);
    private static final Pattern HANDLER = Pattern.compile("direct://inbox-([a-z][a-z0-9]*)");

    private final CamelContext camel;
    private Set<String> lastSeen;

    InboxHandlers(CamelContext camel) {
        this.camel = camel;
    }

    /** The sources whose events can be delivered now. Called by one thread at a time (the claim loop). */
    Set<String> sources() {
        Set<String> handled = camel.getRoutes().stream()
                .filter(route -> camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted())
                .map(InboxHandlers::source).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        report(handled);
        return handled;
    }

    private void report(Set<String> handled) {
        if (lastSeen == null) {
            Set<String> missing = Arrays.stream(WebhookSource.values()).map(WebhookSource::id)
                    .filter(source -> !handled.contains(source)).collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                log.info("No route consumes {} yet: those events are stored and stay NEW until one does",
                        missing.stream().map(source -> "direct:inbox-" + source).collect(Collectors.joining(", ")));
            }
        } else if (!handled.equals(lastSeen)) {
            log.info("Inbox handlers changed: events of {} are delivered now", handled.isEmpty() ? "no source" : handled);
        }
        lastSeen = handled;
    }

    private static String source(Route route) {
        Matcher matcher = HANDLER.matcher(route.getEndpoint().getEndpointBaseUri());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
