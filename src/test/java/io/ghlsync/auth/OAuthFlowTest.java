package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
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
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlProperties;
import io.ghlsync.ghl.GhlSimulatorControl;
import io.ghlsync.ghl.GhlSimulatorControl.Request;
import io.ghlsync.ghl.ReauthorizationRequiredException;
import io.ghlsync.ghl.ScopeMissingException;

/**
 * Connecting a location through OAuth against the simulated marketplace app, then living with its
 * tokens: storage encrypted at rest, refresh ahead of expiry and after a 401, one refresh for many
 * callers and instances, and a rejected refresh token. The simulator's request log counts the
 * token requests. The context has a location of its own (the simulated chooser approves the
 * sandbox location), so its OAuth rows never meet other tests' on a shared PostgreSQL schema.
 */
@SyncAppTest
@TestPropertySource(properties = "ghlsync.sandbox.location-id=" + OAuthFlowTest.LOCATION)
class OAuthFlowTest {

    static final String LOCATION = "oauth-flow-location";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    GhlApi ghl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OAuthTokenStore store;

    @Autowired
    OAuthTokenEndpoint endpoint;

    @Autowired
    AuthProperties authProperties;

    @Autowired
    GhlProperties ghlProperties;

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private GhlSimulatorControl simulator;

    @BeforeEach
    void simulator() {
        simulator = new GhlSimulatorControl(port);
        simulator.accessTokenLifetimeSeconds(86_399);
    }

    @AfterEach
    void normalSimulator() {
        simulator.accessTokenLifetimeSeconds(86_399);
        simulator.clearFaults();
        // A grant left NEEDS_REAUTH would turn the health of every later context on a shared PostgreSQL schema DOWN.
        jdbc.sql("delete from oauth_token where location_id = ?").param(LOCATION).update();
    }

    @Test
    void startRedirectsToTheLocationChooserWithEverythingHighLevelAsksFor() throws Exception {
        HttpResponse<String> start = get("/oauth/ghl/start");

        assertThat(start.statusCode()).isEqualTo(302);
        URI chooser = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(chooser.toString()).startsWith("http://127.0.0.1:" + port + "/sandbox/ghl/oauth/chooselocation?");
        Map<String, String> query = UriComponentsBuilder.fromUri(chooser).build(true).getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "sandbox-client-id")
                .containsEntry("redirect_uri", "http://127.0.0.1:" + port + "/oauth/ghl/callback")
                .containsEntry("scope", "contacts.readonly%20contacts.write");
        assertThat(query.get("state")).hasSize(43);
        assertThat(jdbc.sql("select count(*) from oauth_state where state = ?").param(query.get("state"))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCallbackStoresTheLocationsTokensEncryptedAndCallsUseThem() throws Exception {
        JsonNode connected = connect();

        assertThat(connected.get("status").asText()).isEqualTo("connected");
        assertThat(connected.get("locationId").asText()).isEqualTo(LOCATION);
        assertThat(connected.get("companyId").asText()).isEqualTo("sandbox-company");
        assertThat(connected.get("userId").asText()).isEqualTo("sandbox-user");
        assertThat(connected.toString()).doesNotContain("access_token").doesNotContain("refresh");
        Map<String, Object> row = row();
        assertThat((String) row.get("access_token_enc")).startsWith("v1:");
        assertThat((String) row.get("refresh_token_enc")).startsWith("v1:");
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("scopes")).isEqualTo("contacts.readonly contacts.write");
        assertThat(store.find(LOCATION).orElseThrow().grant().accessToken())
                .as("decrypts to a token the simulator issued").matches("[0-9a-f]{48}");

        long mark = simulator.mark();
        ghl.call("getContacts", Map.of());
        assertThat(simulator.requestsSince(mark)).extracting(Request::operation, Request::status)
                .containsExactly(tuple("getContacts", 200));
    }

    @Test
    void a401RefreshesTheTokenOnceAndReplaysTheCall() throws Exception {
        connect();
        int version = version();
        simulator.expireAccessTokens();
        long mark = simulator.mark();

        ghl.call("getContacts", Map.of());

        assertThat(simulator.requestsSince(mark)).extracting(Request::operation, Request::status).containsExactly(
                tuple("getContacts", 401),
                tuple("oauthToken", 200),
                tuple("getContacts", 200));
        assertThat(version()).isGreaterThan(version);
    }

    @Test
    void aTokenNearItsExpiryIsRefreshedBeforeTheCallGoesOut() throws Exception {
        simulator.accessTokenLifetimeSeconds(4);
        connect();
        awaitRefreshPoint();
        long mark = simulator.mark();

        ghl.call("getContacts", Map.of());

        assertThat(simulator.requestsSince(mark)).extracting(Request::operation, Request::status).containsExactly(
                tuple("oauthToken", 200),
                tuple("getContacts", 200));
    }

    @Test
    void anUnreachableTokenEndpointDoesNotStopCallsWhileTheTokenStillWorks() throws Exception {
        simulator.accessTokenLifetimeSeconds(6);
        connect();
        awaitRefreshPoint();
        simulator.injectFault("{\"kind\":\"SERVER_ERROR\",\"status\":503,\"count\":1,\"operations\":[\"oauthToken\"]}");
        long mark = simulator.mark();

        ghl.call("getContacts", Map.of());

        assertThat(simulator.requestsSince(mark)).extracting(Request::operation, Request::status).containsExactly(
                tuple("oauthToken", 503),
                tuple("getContacts", 200));
        assertThat(row()).containsEntry("status", "ACTIVE");
    }

    @Test
    void twentyConcurrentCallersShareOneRefresh() throws Exception {
        simulator.accessTokenLifetimeSeconds(4);
        connect();
        awaitRefreshPoint();
        long mark = simulator.mark();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(callers.submit(() -> {
                    go.await();
                    return ghl.call("getContacts", Map.of("limit", 1));
                }));
            }
            go.countDown();
            for (Future<JsonNode> call : calls) {
                assertThat(call.get().has("contacts")).isTrue();
            }
        } finally {
            callers.shutdown();
        }

        assertThat(simulator.requestsSince(mark, "oauthToken")).hasSize(1);
        assertThat(simulator.requestsSince(mark, "getContacts")).hasSize(20).extracting(Request::status).containsOnly(200);
    }

    @Test
    void twoInstancesSharingTheDatabaseNeverBothSpendTheRefreshToken() throws Exception {
        connect();
        String rejected = store.find(LOCATION).orElseThrow().grant().accessToken();
        OAuthTokens here = new OAuthTokens(store, endpoint, authProperties, ghlProperties);
        OAuthTokens otherInstance = new OAuthTokens(store, endpoint, authProperties, ghlProperties);
        long mark = simulator.mark();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(10);
        List<String> tokens = new ArrayList<>();
        try {
            List<Future<String>> refreshes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                OAuthTokens instance = i % 2 == 0 ? here : otherInstance;
                refreshes.add(callers.submit(() -> {
                    go.await();
                    return instance.afterRejection(LOCATION, rejected).grant().accessToken();
                }));
            }
            go.countDown();
            for (Future<String> refresh : refreshes) {
                tokens.add(refresh.get());
            }
        } finally {
            callers.shutdown();
        }

        assertThat(simulator.requestsSince(mark, "oauthToken")).hasSize(1);
        assertThat(tokens).hasSize(10).doesNotContain(rejected).containsOnly(tokens.get(0));
    }

    @Test
    void theRefreshTokenCanBeClaimedOnlyOncePerVersionOfTheRow() throws Exception {
        connect();
        StoredGrant seen = store.find(LOCATION).orElseThrow();

        assertThat(store.claimRefresh(LOCATION, seen.version(), Instant.now())).isTrue();
        assertThat(store.claimRefresh(LOCATION, seen.version(), Instant.now())).as("a second instance that saw the same row").isFalse();
        assertThat(row()).containsEntry("status", "REFRESHING");

        store.releaseClaim(LOCATION, seen.version() + 1, seen.updatedAt());
        assertThat(row()).containsEntry("status", "ACTIVE");
    }

    @Test
    void aRejectedRefreshTokenMarksTheLocationAndLaterCallsFailAtOnce() throws Exception {
        connect();
        simulator.revokeTokens();

        assertThatThrownBy(() -> ghl.call("getContacts", Map.of()))
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("Location " + LOCATION + " needs re-authorisation")
                .hasMessageContaining("/oauth/ghl/start");
        assertThat(row()).containsEntry("status", "NEEDS_REAUTH");
        assertThat((String) row().get("status_reason")).contains("refused");

        long mark = simulator.mark();
        assertThatThrownBy(() -> ghl.call("getContacts", Map.of())).isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(simulator.requestsSince(mark)).as("nothing sent, no refresh retried").isEmpty();

        connect();
        assertThat(row()).containsEntry("status", "ACTIVE");
        assertThat(ghl.call("getContacts", Map.of()).has("contacts")).isTrue();
    }

    @Test
    void aWriteWithAReadOnlyGrantIsRefusedBeforeAnythingIsSent() throws Exception {
        connect("contacts.readonly");
        long mark = simulator.mark();

        assertThatThrownBy(() -> ghl.call("createContact", Map.of(), Map.of("firstName", "Ada")))
                .isInstanceOfSatisfying(ScopeMissingException.class, e -> assertThat(e.missingScope()).isEqualTo("contacts.write"))
                .hasMessageContaining("createContact needs scope contacts.write")
                .hasMessageContaining(LOCATION);
        assertThat(simulator.requestsSince(mark)).isEmpty();
        assertThat(ghl.call("getContacts", Map.of()).has("contacts")).as("reading is granted").isTrue();
    }

    /** Runs the browser's part of the flow: start, the chooser's approval, the callback. */
    private JsonNode connect() throws Exception {
        return connect(null);
    }

    /** As {@link #connect()}, approving only {@code scopes} when given (as if the app asked for less). */
    private JsonNode connect(String scopes) throws Exception {
        String chooser = get("/oauth/ghl/start").headers().firstValue("Location").orElseThrow();
        if (scopes != null) {
            chooser = UriComponentsBuilder.fromUriString(chooser).replaceQueryParam("scope", scopes).build().toUriString();
        }
        HttpResponse<String> approved = browser.send(HttpRequest.newBuilder(URI.create(chooser)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).isEqualTo(302);
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(
                URI.create(approved.headers().firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
        return JSON.readTree(callback.body());
    }

    /** Waits (without sleeping the test thread blindly) until the stored token is due for refresh. */
    private void awaitRefreshPoint() {
        Instant due = store.find(LOCATION).orElseThrow().refreshAt(authProperties.refreshSkew());
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(due));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> row() {
        return jdbc.sql("select * from oauth_token where location_id = ?").param(LOCATION).query().singleRow();
    }

    private int version() {
        return ((Number) row().get("version")).intValue();
    }
}
