package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;

/** POST /api/mappings/{customer}/{template}/preview over real HTTP, with the shipped templates. */
@SyncAppTest
class MappingPreviewEndpointTest {

    private static final String TOKEN = "test-admin-token";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSampleIsMappedToOutputAndWarnings() throws Exception {
        HttpResponse<String> response = post("/api/mappings/default/ghl-contact-to-pushpress-customer/preview",
                "{\"firstName\": \"Zoë\", \"email\": \" Zoe@Example.com\", \"phone\": \"12\", \"tags\": [\"member\"]}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TemplateFolder.json(response.body())).isEqualTo(TemplateFolder.json("""
                {"output": {"name": {"first": "Zoë"}, "email": "zoe@example.com", "role": "member"},
                 "warnings": [{"field": "phone", "message": "'12' is not a valid phone number (region US); left out"}]}"""));
    }

    @Test
    void withoutABodyARealisticSampleIsUsed() throws Exception {
        HttpResponse<String> response = post("/api/mappings/example-gym/ghl-contact-to-pushpress-customer/preview", null, TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode output = TemplateFolder.json(response.body()).get("output");
        assertThat(output.get("name").get("first").asText()).isEqualTo("Siobhán");
        assertThat(output.get("phone").asText()).isEqualTo("+447911123456");
        assertThat(output.get("role").asText()).isEqualTo("member");
    }

    @Test
    void pathsThatTryToLeaveTheMappingsFolderAreRefused() throws Exception {
        for (String path : new String[] { "/api/mappings/..%2F..%2Fetc/passwd/preview",
                "/api/mappings/default/..%2Fexample-gym%2Fcustomer/preview",
                "/api/mappings/%2Fetc/passwd/preview",
                "/api/mappings/default/%2e%2e/preview",
                "/api/mappings/default/..%5C..%5Cpom/preview" }) {
            HttpResponse<String> response = post(path, "{}", TOKEN);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).isNotBlank();
        }
    }

    @Test
    void aPlainNameWithTraversalCharactersIsExplained() throws Exception {
        HttpResponse<String> response = post("/api/mappings/default/ghl-contact..x/preview", "{}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TemplateFolder.json(response.body()).get("message").asText())
                .isEqualTo("template must be a plain name (letters, digits, - and _, no '/', '..' or '\\'), got 'ghl-contact..x'");
    }

    @Test
    void theAdminTokenIsRequired() throws Exception {
        assertThat(post("/api/mappings/default/ghl-contact-to-pushpress-customer/preview", "{}", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aSampleThatIsNotJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = post("/api/mappings/default/ghl-contact-to-pushpress-customer/preview", "{\"email\":", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the sample is not valid JSON");
    }

    @Test
    void aSampleThatFailsARequiredFieldIsUnprocessableAndNamesTheField() throws Exception {
        HttpResponse<String> response = post("/api/mappings/default/ghl-contact-to-pushpress-customer/preview",
                "{\"email\": \"nobody\"}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = TemplateFolder.json(response.body());
        assertThat(body.get("field").asText()).isEqualTo("email");
        assertThat(body.get("problem").asText()).isEqualTo("'nobody' is not an email address");
    }

    @Test
    void anUnknownTemplateIsNotFound() throws Exception {
        HttpResponse<String> response = post("/api/mappings/default/no-such-template/preview", "{}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no mapping template default/no-such-template");
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
