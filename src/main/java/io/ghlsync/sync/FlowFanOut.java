package io.ghlsync.sync;

import java.util.Comparator;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Hands a message to every flow of a group: the started routes whose {@code group} is that name, each through its
 * own endpoint, one after another in the order of their route ids. So adding a flow is adding a YAML file with
 * that {@code group}, and switching one off ({@code autoStartup: false}) leaves it out. Each flow gets its own copy
 * and its own error handling ({@code flow-errors}): one flow's failure does not keep the message from the others.
 * A failure that reaches here (the dead-letter store itself failing) is rethrown after every flow had its turn,
 * so the inbox delivers the group again.
 */
@Component("flows")
@ConditionalOnSync
public class FlowFanOut {

    private final CamelContext camel;
    private final ProducerTemplate producer;

    FlowFanOut(CamelContext camel, ProducerTemplate producer) {
        this.camel = camel;
        this.producer = producer;
    }

    /** The started flows of {@code group}, in the order they receive a message. */
    public List<Route> flows(String group) {
        return camel.getRoutes().stream()
                .filter(route -> group.equals(route.getGroup()))
                .filter(route -> camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted())
                .sorted(Comparator.comparing(Route::getRouteId))
                .toList();
    }

    public void publish(String group, Exchange exchange) {
        Exception first = null;
        for (Route flow : flows(group)) {
            // A new exchange per flow, not a copy: it must start in the flow's route, so that a failure is recorded
            // (and replayed) as that flow's, not as the route that published it.
            Exchange delivered = producer.send(flow.getEndpoint(), each -> {
                each.getMessage().setHeaders(new java.util.HashMap<>(exchange.getMessage().getHeaders()));
                each.getMessage().setBody(exchange.getMessage().getBody());
            });
            if (delivered.getException() != null && first == null) {
                first = delivered.getException();
            }
        }
        if (first != null) {
            exchange.setException(first);
        }
    }
}
