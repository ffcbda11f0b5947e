package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** Bearer tokens, scopes, locations and the {@code Version} header, as HighLevel checks them. */
@SyncAppTest
class GhlAuthAndVersionTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private String contactInSandboxLocation;

    @BeforeEach
    void client() {
        ghl = SimulatorHttp.forPort(port);
        contactInSandboxLocation = simulator.contacts(simulator.locationId()).get(0).get("id").asText();
    }

    @Test
    void aCallWithoutATokenIs401InHighLevelsShape() {
        Reply reply = ghl.withHeaders("Version", "2021-07-28").get("/contacts/" + contactInSandboxLocation);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().toString()).isEqualTo(
                "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}");
    }

    @Test
    void anUnknownTokenIs401() {
        assertThat(ghl.withToken("pit-not-issued").get("/contacts/" + contactInSandboxLocation).status()).isEqualTo(401);
    }

    @Test
    void theSandboxTokenWorksInAnyLocation() {
        String elsewhere = "auth-" + UUID.randomUUID();

        Reply reply = ghl.post("/contacts/", json("{'locationId':'" + elsewhere + "','firstName':'Ann'}"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().at("/contact/locationId").asText()).isEqualTo(elsewhere);
    }

    @Test
    void aMissingVersionHeaderIs400NamingTheHeader() {
        Reply reply = ghl.withHeaders("Authorization", "Bearer sandbox-token").get("/contacts/" + contactInSandboxLocation);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("Version");
    }

    @Test
    void anUnknownVersionIs400NamingTheHeader() {
        Reply reply = ghl.withHeaders("Authorization", "Bearer sandbox-token", "Version", "2020-01-01")
                .get("/contacts/" + contactInSandboxLocation);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("Version header '2020-01-01'");
    }

    @Test
    void theVersionHighLevelsSdkSendsIsAccepted() {
        Reply reply = ghl.withHeaders("Authorization", "Bearer sandbox-token", "Version", "2023-02-21")
                .get("/contacts/" + contactInSandboxLocation);

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void anOperationOutsideTheGrantedScopesIs401() {
        String readOnly = accessToken(Set.of("contacts.readonly"));

        Reply reply = ghl.withToken(readOnly).put("/contacts/" + contactInSandboxLocation, json("{'city':'Oslo'}"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asText()).isEqualTo("The token is not authorized for this scope.");
    }

    @Test
    void anAccessTokenReachesItsOwnLocation() {
        String token = accessToken(Set.of("contacts.readonly"));

        assertThat(ghl.withToken(token).get("/contacts/" + contactInSandboxLocation).status()).isEqualTo(200);
    }

    @Test
    void anAccessTokenCannotReachAnotherLocationsData() {
        String other = ghl.post("/contacts/", json("{'locationId':'auth-" + UUID.randomUUID() + "'}")).json()
                .at("/contact/id").asText();
        String token = accessToken(Set.of("contacts.readonly"));

        Reply reply = ghl.withToken(token).get("/contacts/" + other);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().toString())
                .isEqualTo("{\"statusCode\":403,\"message\":\"The token does not have access to this location\"}");
    }

    private String accessToken(Set<String> scopes) {
        String code = simulator.authorizationCode(scopes, "http://localhost/callback");
        Reply reply = ghl.withHeaders().postForm("/oauth/token", "client_id=sandbox-client-id"
                + "&client_secret=sandbox-client-secret&grant_type=authorization_code&code=" + code);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }
}
