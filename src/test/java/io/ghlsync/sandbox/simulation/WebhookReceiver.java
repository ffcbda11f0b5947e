package io.ghlsync.sandbox.simulation;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on a loopback port chosen by the OS, standing in for whoever receives a
 * simulator's webhooks: it keeps every request's headers and raw body and answers 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One received webhook: lower-cased header names, the raw body. */
    public record Received(String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                received.add(new Received(exchange.getRequestURI().getPath(), headers, body.readAllBytes()));
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (up to 10 s) until at least {@code count} webhooks have arrived, and answers all of them. */
    public List<Received> awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= count);
        return received();
    }

    /** The same, with each body parsed. */
    public List<JsonNode> awaitBodies(int count) {
        return awaitReceived(count).stream().map(webhook -> {
            try {
                return JSON.readTree(webhook.body());
            } catch (IOException e) {
                throw new AssertionError("a webhook body is not JSON", e);
            }
        }).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
