package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny loopback webhook receiver for tests: records every delivery (headers and exact body bytes)
 * and answers with the status the test chooses for the n-th delivery.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    record Received(long receivedAt, Map<String, List<String>> headers, byte[] body, JsonNode json) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        String type() {
            return json.path("type").asText();
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile IntFunction<Integer> statusForDelivery = n -> 200;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/webhooks/ghl", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(System.currentTimeMillis(), Map.copyOf(exchange.getRequestHeaders()), body,
                    SimulatorHttp.JSON.readTree(body)));
            int status = statusForDelivery.apply(received.size());
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/ghl";
    }

    /** The status to answer the n-th delivery with (n counts from 1). */
    void answer(IntFunction<Integer> status) {
        this.statusForDelivery = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Deliveries about one object: a contact, task, note or appointment id. */
    List<Received> about(String id) {
        return received.stream().filter(delivery -> id.equals(delivery.json.path("id").asText())
                || id.equals(delivery.json.at("/appointment/id").asText())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
