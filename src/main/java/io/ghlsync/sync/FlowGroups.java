package io.ghlsync.sync;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * The endpoints flows listen behind: {@code direct:<group>} hands its message to every started flow route whose
 * {@code group} is that name ({@link FlowFanOut}).
 * <ul>
 * <li>{@code ghl-contact-changed}: a {@link ContactSnapshot}, from {@code routes/ghl-enrichment.camel.yaml};</li>
 * <li>{@code ghl-event}: one {@link GhlEvent} (header {@code contactSnapshot}: the contact's snapshot);</li>
 * <li>{@code pushpress-changed}, {@code app-changed}: a {@code List<InboxEvent>} of one PushPress customer / one
 * app customer, from the webhook route files.</li>
 * </ul>
 */
@Component
@ConditionalOnSync
class FlowGroups extends RouteBuilder {

    static final List<String> GROUPS = List.of("ghl-contact-changed", "ghl-event", "pushpress-changed", "app-changed");

    private final FlowFanOut fanOut;

    FlowGroups(FlowFanOut fanOut) {
        this.fanOut = fanOut;
    }

    @Override
    public void configure() {
        for (String group : GROUPS) {
            from("direct:" + group).routeId("fan-out-" + group)
                    .description("Hands each message to every started flow of group " + group)
                    .process(exchange -> fanOut.publish(group, exchange));
        }
    }
}
