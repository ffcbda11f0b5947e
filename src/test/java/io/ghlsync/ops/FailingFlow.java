package io.ghlsync.ops;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import io.ghlsync.PermanentFailure;

/**
 * A test flow on the shared {@code flow-errors} configuration that refuses every record (a permanent failure, so it
 * is dead-lettered at once) until told to accept them. Each instance has its own route id, endpoint and location, so
 * tests sharing a PostgreSQL schema see only their own dead letters.
 */
public final class FailingFlow implements AutoCloseable {

    private final CamelContext camel;
    private final String id;
    private final String location = "loc-" + UUID.randomUUID();
    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final List<Object> delivered = new CopyOnWriteArrayList<>();

    private FailingFlow(CamelContext camel, String id) {
        this.camel = camel;
        this.id = id;
    }

    /** Adds the route under a generated id; {@code group} as flows declare one (null for none). */
    public static FailingFlow start(CamelContext camel, String group) throws Exception {
        return add(camel, "test-flow-" + UUID.randomUUID().toString().substring(0, 8), group);
    }

    /** Adds the route under {@code routeId}, in no group. */
    public static FailingFlow add(CamelContext camel, String routeId) throws Exception {
        return add(camel, routeId, null);
    }

    private static FailingFlow add(CamelContext camel, String routeId, String group) throws Exception {
        FailingFlow flow = new FailingFlow(camel, routeId);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                var route = from("direct:" + flow.id).routeId(flow.id).routeConfigurationId("flow-errors");
                if (group != null) {
                    route.group(group);
                }
                route.process(exchange -> {
                    if (flow.failing.get()) {
                        throw new RefusedByTarget();
                    }
                    flow.delivered.add(exchange.getMessage().getBody());
                });
            }
        });
        return flow;
    }

    public String id() {
        return id;
    }

    public String location() {
        return location;
    }

    public List<Object> delivered() {
        return delivered;
    }

    public void accept() {
        failing.set(false);
    }

    /** Sends one record for contact {@code contactId}, event {@code eventKey}. */
    public void send(ProducerTemplate producer, String contactId, String eventKey, Map<String, Object> body) {
        producer.send("direct:" + id, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader("locationId", location);
            exchange.getMessage().setHeader("contactId", contactId);
            exchange.getMessage().setHeader("eventKey", eventKey);
        });
    }

    /** Sends one record with the given headers; it ends in the dead-letter table (the call itself returns normally). */
    public void send(Object body, Map<String, Object> headers) {
        camel.createFluentProducerTemplate().to("direct:" + id).withBody(body).withHeaders(headers).send();
    }

    @Override
    public void close() throws Exception {
        camel.getRouteController().stopRoute(id);
        camel.removeRoute(id);
    }

    /** What a target answering 422 looks like to the flow. */
    static final class RefusedByTarget extends RuntimeException implements PermanentFailure {
        RefusedByTarget() {
            super("422 from the target: email must be an email");
        }
    }
}
