package io.ghlsync.ghl;

import java.util.Iterator;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ConditionalOnSync;

@Component
@ConditionalOnSync
class DefaultGhlApi implements GhlApi {

    private final GhlCalls calls;
    private final GhlClient client;

    DefaultGhlApi(GhlCalls calls, GhlClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    public JsonNode call(String operation, Map<String, ?> parameters, Object body) {
        return client.execute(calls.prepare(OperationCatalog.require(operation), parameters, body));
    }

    @Override
    public Iterator<JsonNode> iterate(String operation, Map<String, ?> parameters, Object body) {
        Operation op = OperationCatalog.require(operation);
        PageRule rule = PageRule.of(op);
        return new PagedItems(client::execute, rule.first(calls.prepare(op, parameters, body)), rule);
    }
}
