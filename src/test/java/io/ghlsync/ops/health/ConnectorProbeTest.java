package io.ghlsync.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** One probe against a loopback server that answers as told, or against a port where nothing listens. */
class ConnectorProbeTest {

    private final ConnectorProbe probe = new ConnectorProbe(Duration.ofMillis(500));
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatAnswersIsUpEvenWhenItRefusesTheAnonymousProbe() throws Exception {
        Health health = probe(answering(401), "/v3");

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("status", 401).containsKey("millis");
    }

    @Test
    void aGatewaySayingTheServiceIsUnavailableIsDown() throws Exception {
        Health health = probe(answering(503), "/v3");

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", 503);
    }

    @Test
    void anUnreachableServiceIsDownWithTheError() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Health health = probe.probe(URI.create("http://127.0.0.1:" + closed + "/api")).get(5, TimeUnit.SECONDS);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("url", "http://127.0.0.1:" + closed + "/api")
                .containsKey("error");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsDown() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();

        Health health = probe(server, "/slow");

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error").toString()).contains("HttpTimeoutException");
    }

    @Test
    void theDetailsNeverShowCredentialsInTheUrl() throws Exception {
        HttpServer answering = answering(200);
        URI url = URI.create("http://user:secret-password@127.0.0.1:" + answering.getAddress().getPort()
                + "/api?key=secret-key");

        Health health = probe.probe(url).get(5, TimeUnit.SECONDS);

        assertThat(health.getDetails().toString()).doesNotContain("secret").doesNotContain("user");
    }

    private HttpServer answering(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private Health probe(HttpServer target, String path) throws Exception {
        return probe.probe(URI.create("http://127.0.0.1:" + target.getAddress().getPort() + path))
                .get(5, TimeUnit.SECONDS);
    }
}
