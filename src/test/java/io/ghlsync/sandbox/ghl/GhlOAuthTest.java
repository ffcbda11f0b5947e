package io.ghlsync.sandbox.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** The simulated marketplace app's OAuth: consent page, code exchange and refresh (oauth.json). */
@SyncAppTest
class GhlOAuthTest {

    private static final String CLIENT = "client_id=sandbox-client-id&client_secret=sandbox-client-secret";
    private static final String CALLBACK = "http://localhost:9999/oauth/ghl/callback";

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private SimulatorHttp anonymous;

    @BeforeEach
    void client() {
        ghl = SimulatorHttp.forPort(port);
        anonymous = ghl.withHeaders();
    }

    @AfterEach
    void restoreLifetime() {
        simulator.accessTokenLifetime(Duration.ofSeconds(86399));
    }

    @Test
    void theConsentPageRedirectsBackWithACodeAndTheState() {
        Reply reply = anonymous.get("/oauth/chooselocation?response_type=code&client_id=sandbox-client-id"
                + "&redirect_uri=" + CALLBACK + "&scope=contacts.readonly%20contacts.write&state=s-123");

        assertThat(reply.status()).isEqualTo(302);
        var redirect = UriComponentsBuilder.fromUri(URI.create(reply.header("Location"))).build();
        assertThat(redirect.getPath()).isEqualTo("/oauth/ghl/callback");
        assertThat(redirect.getQueryParams().getFirst("state")).isEqualTo("s-123");
        assertThat(redirect.getQueryParams().getFirst("code")).isNotBlank();
    }

    @Test
    void theConsentPageRefusesAnUnknownClient() {
        Reply reply = anonymous.get("/oauth/chooselocation?response_type=code&client_id=someone-else"
                + "&redirect_uri=" + CALLBACK + "&scope=contacts.readonly");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("client_id");
    }

    @Test
    void aCodeIsExchangedForTokensOfTheSandboxLocationWithTheGrantedScopes() {
        Reply reply = exchange(consent("contacts.readonly contacts.write"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("expires_in").asLong()).isEqualTo(86399);
        assertThat(reply.json().get("scope").asText()).isEqualTo("contacts.readonly contacts.write");
        assertThat(reply.json().get("userType").asText()).isEqualTo("Location");
        assertThat(reply.json().get("locationId").asText()).isEqualTo("sandbox-location");
        assertThat(reply.json().get("userId").asText()).isNotBlank();
        assertThat(reply.json().get("refresh_token").asText()).isNotBlank();
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String code = consent("contacts.readonly");
        exchange(code);

        Reply second = exchange(code);

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aRefreshTokenWorksOnceAndGivesANewOne() {
        String refresh = exchange(consent("contacts.readonly")).json().get("refresh_token").asText();

        Reply first = refresh(refresh);
        Reply again = refresh(refresh);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("refresh_token").asText()).isNotEqualTo(refresh);
        assertThat(first.json().get("scope").asText()).isEqualTo("contacts.readonly");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(again.json().get("message").asText()).isEqualTo("Invalid grant: refresh token is invalid");
    }

    @Test
    void anExpiredAccessTokenIs401AndARefreshedOneWorks() {
        simulator.accessTokenLifetime(Duration.ofSeconds(1));
        Reply tokens = exchange(consent("contacts.readonly"));
        String contact = simulator.contacts(simulator.locationId()).get(0).get("id").asText();
        assertThat(tokens.json().get("expires_in").asLong()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                ghl.withToken(tokens.json().get("access_token").asText()).get("/contacts/" + contact).status() == 401);
        String refreshed = refresh(tokens.json().get("refresh_token").asText()).json().get("access_token").asText();

        assertThat(ghl.withToken(refreshed).get("/contacts/" + contact).status()).isEqualTo(200);
    }

    @Test
    void theTokenEndpointTakesOnlyAFormBody() {
        Reply reply = anonymous.post("/oauth/token", "{\"client_id\":\"sandbox-client-id\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void aWrongClientSecretIs401() {
        Reply reply = anonymous.postForm("/oauth/token", "client_id=sandbox-client-id&client_secret=guess"
                + "&grant_type=refresh_token&refresh_token=x");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void missingFormFieldsAre422() {
        Reply reply = anonymous.postForm("/oauth/token", "grant_type=refresh_token");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("client_id should not be empty",
                "client_secret should not be empty");
    }

    private String consent(String scopes) {
        Reply reply = anonymous.get("/oauth/chooselocation?response_type=code&client_id=sandbox-client-id"
                + "&redirect_uri=" + CALLBACK + "&scope=" + scopes.replace(" ", "%20"));
        return UriComponentsBuilder.fromUri(URI.create(reply.header("Location"))).build().getQueryParams().getFirst("code");
    }

    private Reply exchange(String code) {
        return anonymous.postForm("/oauth/token", CLIENT + "&grant_type=authorization_code&user_type=Location"
                + "&redirect_uri=" + CALLBACK + "&code=" + code);
    }

    private Reply refresh(String refreshToken) {
        return anonymous.postForm("/oauth/token", CLIENT + "&grant_type=refresh_token&refresh_token=" + refreshToken);
    }
}
