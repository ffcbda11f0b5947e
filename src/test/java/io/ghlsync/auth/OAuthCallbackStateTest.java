package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ghl.GhlSimulatorControl;

/**
 * A callback that does not carry a fresh {@code state} from this app's own {@code /oauth/ghl/start}
 * (missing, forged, expired or replayed), or whose code HighLevel refuses, answers 400 with a
 * message naming the problem, and stores nothing: no token request, no change to the location's row.
 */
@SyncAppTest
@TestPropertySource(properties = "ghlsync.sandbox.location-id=" + OAuthFlowTest.LOCATION)
class OAuthCallbackStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private GhlSimulatorControl simulator;
    private long mark;
    private Optional<Integer> rowVersion;

    @BeforeEach
    void before() {
        simulator = new GhlSimulatorControl(port);
        mark = simulator.mark();
        rowVersion = version();
    }

    @Test
    void aCallbackWithoutStateIsRefused() throws Exception {
        assertRefused(callback("code=abc"), "the callback has no 'state'");
    }

    @Test
    void aCallbackWithAStateThisAppNeverIssuedIsRefused() throws Exception {
        assertRefused(callback("code=abc&state=forged-state"), "unknown 'state'");
    }

    @Test
    void aCallbackWithAnExpiredStateIsRefused() throws Exception {
        // Issued an hour ago with the default ten-minute lifetime, never used.
        String state = "expired-state-" + UUID.randomUUID();
        Instant issued = Instant.now().minusSeconds(3600);
        jdbc.sql("insert into oauth_state (state, created_at, expires_at) values (?, ?, ?)")
                .params(state, issued.atOffset(ZoneOffset.UTC), issued.plusSeconds(600).atOffset(ZoneOffset.UTC))
                .update();

        assertRefused(callback("code=abc&state=" + state), "the 'state' has expired");
    }

    @Test
    void aStateCannotBeUsedTwice() throws Exception {
        String chooser = get("/oauth/ghl/start").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> approved = browser.send(HttpRequest.newBuilder(URI.create(chooser)).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(approved.headers().firstValue("Location").orElseThrow());
        assertThat(browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        mark = simulator.mark();
        rowVersion = version();

        assertRefused(browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString()),
                "the 'state' was already used");
    }

    @Test
    void aCodeHighLevelRefusesStoresNothing() throws Exception {
        String chooser = get("/oauth/ghl/start").headers().firstValue("Location").orElseThrow();
        String state = UriComponentsBuilder.fromUriString(chooser).build().getQueryParams().getFirst("state");

        HttpResponse<String> answer = callback("code=not-a-code-highlevel-issued&state=" + state);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("refused the grant");
        assertThat(simulator.requestsSince(mark, "oauthToken")).hasSize(1);
        assertThat(version()).isEqualTo(rowVersion);
    }

    private void assertRefused(HttpResponse<String> answer, String problem) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("message").asText()).contains(problem).contains("/oauth/ghl/start");
        assertThat(simulator.requestsSince(mark, "oauthToken")).as("no token request").isEmpty();
        assertThat(version()).as("the location's stored grant is untouched").isEqualTo(rowVersion);
    }

    private HttpResponse<String> callback(String query) throws Exception {
        return get("/oauth/ghl/callback?" + query);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<Integer> version() {
        return jdbc.sql("select version from oauth_token where location_id = ?").param(OAuthFlowTest.LOCATION)
                .query(Integer.class).optional();
    }
}
