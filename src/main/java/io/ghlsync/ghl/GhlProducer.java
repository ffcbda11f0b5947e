package io.ghlsync.ghl;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.support.DefaultProducer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the operation's parameters from the headers of the same name (plus {@code locationId}),
 * sends the message body as the request body, and replaces the body with the answer as plain
 * {@code Map}/{@code List} (so YAML can write {@code ${body[contact][email]}}), or with an iterator
 * of such maps when paged. Errors are thrown as {@link GhlException}s for {@code onException}.
 */
final class GhlProducer extends DefaultProducer {

    private final Operation operation;
    private final boolean paged;
    private final GhlApi api;
    private final ObjectMapper mapper;

    GhlProducer(GhlEndpoint endpoint, Operation operation, boolean paged, GhlApi api, ObjectMapper mapper) {
        super(endpoint);
        this.operation = operation;
        this.paged = paged;
        this.api = api;
        this.mapper = mapper;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> parameters = new HashMap<>();
        copyHeader(message, OperationCatalog.LOCATION_ID, parameters);
        operation.pathParameters().forEach(name -> copyHeader(message, name, parameters));
        operation.queryParameters().forEach(query -> copyHeader(message, query.name(), parameters));
        Object body = operation.bodyRequired() ? requestBody(message) : null;
        if (paged) {
            Iterator<JsonNode> items = api.iterate(operation.name(), parameters, body);
            message.setBody(new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public Object next() {
                    return plain(items.next());
                }
            });
        } else {
            message.setBody(plain(api.call(operation.name(), parameters, body)));
        }
    }

    private static void copyHeader(Message message, String name, Map<String, Object> parameters) {
        Object value = message.getHeader(name);
        if (value != null) {
            parameters.put(name, value);
        }
    }

    /** Streams (e.g. a platform-http request body) are read as text; everything else goes as it is. */
    private static Object requestBody(Message message) {
        Object body = message.getBody();
        return body instanceof InputStream || body instanceof StreamCache ? message.getBody(String.class) : body;
    }

    private Object plain(JsonNode json) {
        return mapper.convertValue(json, Object.class);
    }
}
