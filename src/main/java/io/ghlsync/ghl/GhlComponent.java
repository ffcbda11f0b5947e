package io.ghlsync.ghl;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;

/**
 * The {@code ghl:} Camel component: {@code to: ghl:getContact} calls one HighLevel operation
 * (docs/operations.md), {@code ghl:getContacts?paged=true} answers an iterator over every contact.
 * Registered under the name {@code ghl}; endpoints for unknown operation names cannot be created.
 */
@Component("ghl")
@ConditionalOnSync
public class GhlComponent extends DefaultComponent {

    private final GhlApi api;
    private final ObjectMapper mapper;

    GhlComponent(GhlApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Operation operation = OperationCatalog.require(remaining);
        boolean paged = getAndRemoveParameter(parameters, "paged", Boolean.class, Boolean.FALSE);
        if (paged) {
            PageRule.of(operation); // refuses operations that do not page, naming those that do
        }
        return new GhlEndpoint(uri, this, operation, paged, api, mapper);
    }
}
