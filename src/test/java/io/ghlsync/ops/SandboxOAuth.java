package io.ghlsync.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Connects the sandbox location through OAuth as a person's browser would: {@code /oauth/ghl/start}, the simulated
 * location chooser's approval, the callback. Afterwards the location's calls use the stored grant.
 */
public final class SandboxOAuth {

    private SandboxOAuth() {
    }

    /** Runs the flow; answers the callback's JSON ({@code {"status":"connected",…}}). */
    public static String connect(int port) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String chooser = location(browser.send(request("http://127.0.0.1:" + port + "/oauth/ghl/start"),
                HttpResponse.BodyHandlers.discarding()));
        String callback = location(browser.send(request(chooser), HttpResponse.BodyHandlers.discarding()));
        HttpResponse<String> connected = browser.send(request(callback), HttpResponse.BodyHandlers.ofString());
        if (connected.statusCode() != 200) {
            throw new IllegalStateException("the OAuth callback answered " + connected.statusCode() + ": "
                    + connected.body());
        }
        return connected.body();
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    private static String location(HttpResponse<?> redirect) {
        if (redirect.statusCode() != 302) {
            throw new IllegalStateException("expected a redirect, got " + redirect.statusCode());
        }
        return redirect.headers().firstValue("Location").orElseThrow();
    }
}
