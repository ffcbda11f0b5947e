package io.ghlsync.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ops.AdminHttp;

/**
 * The dashboard's static shell is public and holds nothing worth protecting; its data needs the admin token; the
 * page's policy allows no inline script.
 */
@SyncAppTest
class DashboardSecurityTest {

    /** Values that must never reach a page: the admin token and the sandbox's credentials. */
    private static final List<String> SECRETS = List.of(AdminHttp.TOKEN, "sandbox-token", "sandbox-client-secret",
            "sandbox-pushpress-secret", "sandbox-app-secret", "sandbox-key", "sandbox-push-key", "PRIVATE KEY");

    @LocalServerPort
    int port;

    @Test
    void everyDashboardEndpointNeedsTheAdminToken() {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        for (String path : List.of("/api/dashboard/overview", "/api/dashboard/flows", "/api/dashboard/events",
                "/api/dashboard/locations", "/api/dashboard/analytics", "/api/dashboard/lag",
                "/api/dashboard/mappings", "/api/dashboard/mappings/default/ghl-contact-to-pushpress-customer/sample",
                "/api/dead-letters", "/actuator/prometheus")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/dashboard/sandbox/contacts").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/dashboard/sandbox/faults?target=ghl&kind=server-error").statusCode()).isEqualTo(401);
        assertThat(anonymous.delete("/api/dashboard/sandbox/faults").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongTokenIsRefusedLikeNone() {
        HttpResponse<String> response = AdminHttp.withToken(port, "not-the-token").get("/api/dashboard/flows");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(AdminHttp.parse(response.body()).get("message").asText()).contains("GHLSYNC_ADMIN_TOKEN");
    }

    @Test
    void theShellAndEveryFileItLoadsArePublicAndHoldNoSecret() {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        HttpResponse<String> page = anonymous.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        List<String> files = referencedFiles(page.body());
        assertThat(files).contains("/dashboard/dashboard.js", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        for (String file : files) {
            HttpResponse<String> asset = anonymous.get(file);
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
            assertThat(asset.body()).as(file).doesNotContain(SECRETS);
        }
        assertThat(page.body()).doesNotContain(SECRETS);
    }

    @Test
    void thePageAllowsScriptsAndStylesFromItsOwnOriginOnly() {
        HttpResponse<String> page = AdminHttp.anonymous(port).get("/");

        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
    }

    private static List<String> referencedFiles(String html) {
        Matcher matcher = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
        List<String> files = new ArrayList<>();
        while (matcher.find()) {
            files.add(matcher.group(1));
        }
        return files;
    }
}
