package io.ghlsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@SyncAppTest
class SandboxStartupTest {

    @LocalServerPort
    int port;

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
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
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

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
