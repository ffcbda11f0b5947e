package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.ghlsync.SyncAppTest;

/** The whole application over loopback HTTP, with a webhook client and a view of the inbox table. */
@SyncAppTest
abstract class WebhookAppTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    WebhookClient client;
    InboxRows rows;

    @BeforeEach
    void connect() {
        client = new WebhookClient(port);
        rows = new InboxRows(jdbc);
    }

    /** A refusal: the status, a JSON {@code {"status", "error", "message"}} body, and a message naming the problem. */
    static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":" + status).contains("\"error\":").contains(message);
    }
}
