package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;

/**
 * How a call's inputs become a request: refused with a typed error before anything is sent when
 * they cannot make a valid one, and otherwise sent exactly as the spec names them.
 */
@SyncAppTest
class GhlCallValidationTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    GhlApi ghl;

    @LocalServerPort
    int port;

    private GhlSimulatorControl simulator;

    @BeforeEach
    void simulator() {
        simulator = new GhlSimulatorControl(port);
    }

    @Test
    void aMissingContactIdIsNamedAndNothingIsSent() {
        long mark = simulator.mark();

        assertThatThrownBy(() -> producer.requestBody("ghl:getContact", (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(MissingParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("contactId");
                    assertThat(e.operation()).isEqualTo("getContact");
                })
                .hasMessageContaining("header 'contactId'");
        assertThat(simulator.requestsSince(mark)).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAndNothingIsSent() {
        long mark = simulator.mark();

        assertThatThrownBy(() -> producer.requestBody("ghl:createContact", "{\"firstName\": \"Ada\""))
                .cause().isInstanceOf(InvalidRequestBodyException.class)
                .hasMessageContaining("createContact got a request body that is not JSON");
        assertThat(simulator.requestsSince(mark)).isEmpty();
    }

    @Test
    void anUnknownOperationInADynamicUriSendsNothing() {
        long mark = simulator.mark();

        assertThatThrownBy(() -> producer.requestBody("ghl:deleteContacts", (Object) null))
                .hasRootCauseInstanceOf(UnknownOperationException.class)
                .rootCause().hasMessageContaining("did you mean deleteContact");
        assertThat(simulator.requestsSince(mark)).isEmpty();
    }

    @Test
    void theLocationIdHeaderSelectsTheLocationAndIsSentWhereTheSpecDeclaresIt() {
        long mark = simulator.mark();

        producer.requestBodyAndHeader("ghl:getContacts", null, "locationId", "another-location");

        assertThat(simulator.requestsSince(mark)).singleElement()
                .satisfies(r -> assertThat(r.locationId()).isEqualTo("another-location"));
    }

    @Test
    void aPhoneNumberWithAPlusReachesHighLevelIntact() {
        String phone = "+1415555" + String.format("%04d", (int) (Math.random() * 10_000));
        String id = ghl.call("createContact", Map.of(), Map.of("phone", phone, "email", "plus." + UUID.randomUUID() + "@example.com"))
                .at("/contact/id").asText();

        Object found = producer.requestBodyAndHeader("ghl:getDuplicateContact", null, "number", phone);

        assertThat(found).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .extractingByKey("contact").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", id);
    }
}
