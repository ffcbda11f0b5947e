package io.ghlsync.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;

/**
 * A test route consuming {@code direct:inbox-<source>} that records every hand-over: the inbox delivers only to
 * sources with a consumer, and no production handler exists in this package. A route already consuming the
 * endpoint (a later production handler) is stopped while the test runs and started again on {@link #close()}.
 * Tests look only at the events they created ({@link #eventsMatching}), since PostgreSQL runs share the inbox.
 */
final class RecordingHandler implements AutoCloseable {

    /** One hand-over: the body and the inbox headers. */
    record Delivery(List<InboxEvent> events, Map<String, Object> headers) {
    }

    private final CamelContext camel;
    private final String routeId;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<String> displaced = new ArrayList<>();
    private volatile Consumer<List<InboxEvent>> behaviour = events -> { };

    private RecordingHandler(CamelContext camel, String source) {
        this.camel = camel;
        this.routeId = "test-inbox-handler-" + source;
    }

    static RecordingHandler on(CamelContext camel, String source) throws Exception {
        RecordingHandler handler = new RecordingHandler(camel, source);
        String endpoint = "direct:inbox-" + source;
        handler.displaced.addAll(stopHandlers(camel, source));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).routeId(handler.routeId).process(exchange -> handler.handle(
                        exchange.getMessage().getBody(List.class), exchange.getMessage().getHeaders()));
            }
        });
        return handler;
    }

    /**
     * Stops the routes consuming {@code direct:inbox-<source>} (the production handler), so that events stay in the
     * inbox until a test's handler appears; answers their ids. {@link #on} stops them too and starts them again when
     * closed; {@link #startHandlers} does that for a test that never got so far.
     */
    static List<String> stopHandlers(CamelContext camel, String source) throws Exception {
        List<String> stopped = new ArrayList<>();
        for (Route route : camel.getRoutes()) {
            if (route.getEndpoint().getEndpointBaseUri().equals("direct://inbox-" + source)
                    && !route.getRouteId().startsWith("test-inbox-handler-")) {
                camel.getRouteController().stopRoute(route.getRouteId());
                stopped.add(route.getRouteId());
            }
        }
        return stopped;
    }

    static void startHandlers(CamelContext camel, List<String> routeIds) throws Exception {
        for (String route : routeIds) {
            camel.getRouteController().startRoute(route);
        }
    }

    /** What the handler does after recording a hand-over, e.g. throw to make the delivery fail. */
    RecordingHandler behaving(Consumer<List<InboxEvent>> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    @SuppressWarnings("unchecked")
    private void handle(List<?> events, Map<String, Object> headers) {
        synchronized (deliveries) {
            deliveries.add(new Delivery(List.copyOf((List<InboxEvent>) events), new HashMap<>(headers)));
        }
        behaviour.accept((List<InboxEvent>) events);
    }

    List<Delivery> deliveriesMatching(Predicate<InboxEvent> mine) {
        synchronized (deliveries) {
            return deliveries.stream().filter(delivery -> delivery.events().stream().anyMatch(mine)).toList();
        }
    }

    List<InboxEvent> eventsMatching(Predicate<InboxEvent> mine) {
        synchronized (deliveries) {
            return deliveries.stream().flatMap(delivery -> delivery.events().stream()).filter(mine).toList();
        }
    }

    @Override
    public void close() throws Exception {
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
        for (String route : displaced) {
            camel.getRouteController().startRoute(route);
        }
    }
}
