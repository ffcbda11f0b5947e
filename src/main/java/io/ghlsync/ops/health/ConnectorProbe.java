package io.ghlsync.ops.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.actuate.health.Health;

/**
 * One reachability probe: a GET of a base URL without credentials. Any answer means reachable, except 502, 503 and
 * 504, which gateways give when the service behind them is down; no answer within the timeout (or no connection)
 * means DOWN. The details never show a URL's user information or query, where credentials could hide.
 */
final class ConnectorProbe {

    private static final Set<Integer> SERVICE_DOWN = Set.of(502, 503, 504);

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();

    ConnectorProbe(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    CompletableFuture<Health> probe(URI url) {
        Instant started = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(timeout)
                .header("User-Agent", "ghl-sync health check").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("url", shown(url));
            details.put("checkedAt", started.toString());
            if (error != null) {
                details.put("error", (error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error).toString());
                return Health.down().withDetails(details).build();
            }
            details.put("status", response.statusCode());
            details.put("millis", clock.millis() - started.toEpochMilli());
            return (SERVICE_DOWN.contains(response.statusCode()) ? Health.down() : Health.up())
                    .withDetails(details).build();
        });
    }

    private static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
