package io.ghlsync.ghl;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ghl:<operation>[?paged=true]}: produces only (HighLevel pushes changes as webhooks, see io.ghlsync.webhook). */
final class GhlEndpoint extends DefaultEndpoint {

    private final Operation operation;
    private final boolean paged;
    private final GhlApi api;
    private final ObjectMapper mapper;

    GhlEndpoint(String uri, GhlComponent component, Operation operation, boolean paged, GhlApi api, ObjectMapper mapper) {
        super(uri, component);
        this.operation = operation;
        this.paged = paged;
        this.api = api;
        this.mapper = mapper;
    }

    @Override
    public Producer createProducer() {
        return new GhlProducer(this, operation, paged, api, mapper);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("ghl:" + operation.name() + " can only be sent to (to: ghl:...), not consumed from");
    }
}
