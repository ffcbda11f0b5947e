package io.ghlsync.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * A test flow: a route in a flow group that records every message the group hands it, as a flow written in YAML
 * would receive it. Tests look only at what concerns their own contacts: other tests share the context.
 */
final class FlowRecorder implements AutoCloseable {

    /** One message received: body and headers. */
    record Received(Object body, Map<String, Object> headers) {
    }

    private final CamelContext camel;
    private final String routeId = "test-flow-" + UUID.randomUUID();
    private final List<Received> received = new ArrayList<>();

    private FlowRecorder(CamelContext camel) {
        this.camel = camel;
    }

    static FlowRecorder on(CamelContext camel, String group) throws Exception {
        FlowRecorder recorder = new FlowRecorder(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + recorder.routeId).routeId(recorder.routeId).group(group)
                        .process(exchange -> {
                            synchronized (recorder.received) {
                                recorder.received.add(new Received(exchange.getMessage().getBody(),
                                        Map.copyOf(exchange.getMessage().getHeaders())));
                            }
                        });
            }
        });
        return recorder;
    }

    List<ContactSnapshot> snapshotsOf(String contactId) {
        return bodies(ContactSnapshot.class, snapshot -> snapshot.contactId().equals(contactId));
    }

    List<GhlEvent> eventsOf(String contactId) {
        return bodies(GhlEvent.class, event -> contactId.equals(event.contactId()));
    }

    List<Received> receivedMatching(Predicate<Received> mine) {
        synchronized (received) {
            return received.stream().filter(mine).toList();
        }
    }

    private <T> List<T> bodies(Class<T> type, Predicate<T> mine) {
        synchronized (received) {
            return new ArrayList<>(received.stream().map(Received::body).filter(type::isInstance).map(type::cast)
                    .filter(mine).toList());
        }
    }

    @Override
    public void close() throws Exception {
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
    }
}
