package io.ghlsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.ghlsync.sandbox.ghl.GhlSimulator;

/**
 * A fresh start in sandbox mode, as README's run command gives it: its own context (the shared one carries what other
 * tests left behind, e.g. a location waiting for re-authorisation), the simulator seeded with the default 200 contacts.
 */
@SyncAppTest
@TestPropertySource(properties = "ghlsync.sandbox.seed-contacts=200")
class SandboxStartupTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator ghl;

    @Value("${ghlsync.mode}")
    String mode;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutCredentialsTheAppRunsInSandboxMode() {
        assertThat(mode).isEqualTo("sandbox");
    }

    @Test
    void healthIsUpAndPublic() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).as(() -> details()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theSimulatorHoldsTheSeededSandboxLocation() {
        assertThat(ghl.locationId()).isEqualTo("sandbox-location");
        assertThat(ghl.contactCount("sandbox-location")).isEqualTo(200);
    }

    @Test
    void adminEndpointsRefuseCallsWithoutTheAdminToken() throws Exception {
        HttpResponse<String> response = get("/actuator/metrics", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("GHLSYNC_ADMIN_TOKEN");
    }

    @Test
    void adminEndpointsAcceptTheAdminToken() throws Exception {
        assertThat(get("/actuator/metrics", "test-admin-token").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", "wrong-token").statusCode()).isEqualTo(401);
    }

    /** What the admin sees of the health, for a failure message. */
    private String details() {
        try {
            return get("/actuator/health", "test-admin-token").body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
