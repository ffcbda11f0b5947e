package io.ghlsync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's incoming webhook, on loopback: takes {@code POST /services/T…/B…/<secret>} with a JSON body, answers
 * {@code ok} as Slack does, and keeps the {@code text} of every message. The path's last segment is the secret part
 * of a real webhook URL.
 */
public final class SlackReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String secret = "slack-" + UUID.randomUUID();
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    private SlackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/" + secret) && status == 200) {
                texts.add(JSON.readTree(body).path("text").asText());
            }
            byte[] answer = (status == 200 ? "ok" : "invalid_payload").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static SlackReceiver start() {
        try {
            return new SlackReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webhook URL to configure: {@code ghlsync.alerts.slack.webhook-url}. */
    public String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/T0000/B0000/" + secret;
    }

    /** The secret part of the URL, which must never appear in a log. */
    public String secret() {
        return secret;
    }

    /** Answers every post with this status from now on (Slack answers errors as 4xx/5xx with a short text). */
    public void answer(int status) {
        this.status = status;
    }

    /** Forgets the messages taken so far and answers {@code ok} again. */
    public void reset() {
        texts.clear();
        status = 200;
    }

    /** The texts of the messages taken so far. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
