package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.ghlsync.SyncAppTest;

/** A {@code ghl:} URI that cannot work is refused when the endpoint is created, not when a message arrives. */
@SyncAppTest
class GhlEndpointValidationTest {

    @Autowired
    CamelContext camel;

    @Test
    void theComponentIsRegisteredUnderTheNameGhl() {
        assertThat(camel.getComponent("ghl")).isInstanceOf(GhlComponent.class);
        assertThat(camel.getEndpoint("ghl:getContact")).isNotNull();
    }

    @Test
    void anUnknownOperationNameCannotBeCreatedAndTheClosestNamesAreSuggested() {
        assertThatThrownBy(() -> camel.getEndpoint("ghl:getContatc"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasRootCauseInstanceOf(UnknownOperationException.class)
                .rootCause().hasMessageContaining("Unknown HighLevel operation 'getContatc'; did you mean getContact");
    }

    @Test
    void aRouteNamingAnUnknownOperationDoesNotStart() {
        assertThatThrownBy(() -> camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unknown-operation").routeId("unknown-operation").to("ghl:createContacts");
            }
        })).isInstanceOf(FailedToCreateRouteException.class)
                .hasMessageContaining("did you mean createContact");
        assertThat(camel.getRoute("unknown-operation")).isNull();
    }

    @Test
    void pagingAnOperationThatDoesNotPageIsRefused() {
        assertThatThrownBy(() -> camel.getEndpoint("ghl:getContact?paged=true"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("getContact does not page");
    }

    @Test
    void aMisspelledOptionIsRefused() {
        assertThatThrownBy(() -> camel.getEndpoint("ghl:getContacts?pagde=true"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("pagde");
    }
}
