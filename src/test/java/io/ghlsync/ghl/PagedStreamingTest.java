package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;

/**
 * {@code ghl:<list operation>?paged=true} in a streaming split yields every contact of the location
 * once, fetching page after page from the simulator; {@link GhlApi#iterate} fetches lazily.
 */
@SyncAppTest
class PagedStreamingTest {

    private static final String LOCATION = "sandbox-location";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    GhlApi ghl;

    @EndpointInject("mock:paged-contact")
    MockEndpoint contacts;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;

    @BeforeEach
    void route() throws Exception {
        simulator = new GhlSimulatorControl(port);
        contacts.reset();
        if (camel.getRoute("test-paged-contacts") == null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:test-paged-contacts").routeId("test-paged-contacts")
                            .toD("ghl:${header.operation}?paged=true")
                            .split(body()).streaming()
                                .to("mock:paged-contact");
                }
            });
        }
    }

    @Test
    void getContactsStreamsEveryContactOfTheLocationAcrossPages() {
        List<String> expected = simulator.contactIds(LOCATION);
        long mark = simulator.mark();

        producer.sendBodyAndHeaders("direct:test-paged-contacts", null, Map.of("operation", "getContacts", "limit", 7));

        assertThat(receivedIds()).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(simulator.requestsSince(mark, "getContacts")).hasSize((expected.size() + 6) / 7);
    }

    @Test
    void searchStreamsEveryContactOfTheLocationAcrossPages() {
        List<String> expected = simulator.contactIds(LOCATION);
        long mark = simulator.mark();

        producer.sendBodyAndHeaders("direct:test-paged-contacts", Map.of("pageLimit", 6), Map.of("operation", "searchContactsAdvanced"));

        assertThat(receivedIds()).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(simulator.requestsSince(mark, "searchContactsAdvanced")).hasSize((expected.size() + 5) / 6);
    }

    @Test
    void theContactsOfABusinessStreamAcrossPages() {
        String business = "biz-" + UUID.randomUUID();
        List<String> members = simulator.contactIds(LOCATION).subList(0, 5);
        ghl.call("addRemoveContactFromBusiness", Map.of(), Map.of("ids", members, "businessId", business));

        producer.sendBodyAndHeaders("direct:test-paged-contacts", null,
                Map.of("operation", "getContactsByBusinessId", "businessId", business, "limit", 2));

        assertThat(receivedIds()).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void pagesAreFetchedOnlyAsTheItemsAreConsumed() {
        long mark = simulator.mark();

        Iterator<JsonNode> all = ghl.iterate("getContacts", Map.of("limit", 3), null);
        for (int i = 0; i < 3; i++) {
            all.next();
        }

        assertThat(simulator.requestsSince(mark, "getContacts")).hasSize(1);
        all.next();
        assertThat(simulator.requestsSince(mark, "getContacts")).hasSize(2);
    }

    private List<String> receivedIds() {
        return contacts.getReceivedExchanges().stream()
                .map(exchange -> (String) exchange.getMessage().getBody(Map.class).get("id"))
                .toList();
    }
}
