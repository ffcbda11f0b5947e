package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mapper called by name from a YAML route, as flows in routes/ call it. */
class MapperRouteTest {

    private static final String ROUTE = """
            - route:
                id: map-contact
                from:
                  uri: direct:map-contact
                  steps:
                    - bean:
                        ref: mapper
                        method: "apply('pushpress-customer-to-ghl-contact', *)"
            """;

    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startCamelWithTheYamlRoute() throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("mapper", Mapper.load(TemplateFolder.SHIPPED, Map.of()));
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("map-contact.camel.yaml", ROUTE));
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYamlRouteMapsTheBodyForTheLocationHeaderAndCarriesWarningsAndTagsInHeaders() {
        var exchange = producer.request("direct:map-contact", e -> {
            e.getMessage().setHeader("locationId", "loc-42");
            e.getMessage().setBody(Map.of("email", "Ada@Example.com", "phone", "12", "role", "member"));
        });

        Map<String, Object> body = exchange.getMessage().getBody(Map.class);
        assertThat(body).containsEntry("locationId", "loc-42").containsEntry("email", "ada@example.com")
                .containsEntry("tags", List.of("pushpress", "member"));
        assertThat(exchange.getMessage().getHeader(Mapper.WARNINGS_HEADER, List.class)).singleElement().asString()
                .startsWith("phone: '12'");
        assertThat(exchange.getMessage().getHeader(Mapper.TAGS_REMOVE_HEADER, List.class))
                .containsExactly("former member", "non-member", "lead");
    }

    @Test
    void aRecordThatCannotBeMappedFailsTheExchangeWithAMappingException() {
        assertThatThrownBy(() -> producer.requestBodyAndHeader("direct:map-contact", "{\"name\": {\"first\": \"No email\"}}", "locationId", "loc-42"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(MappingException.class)
                .hasMessageContaining("field email: required but missing");
    }
}
