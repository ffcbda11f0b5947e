package io.ghlsync.sandbox.simulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends a simulator's webhooks the way the real services do: asynchronously, once (a failed
 * delivery is recorded, never retried), to a URL that can be changed at runtime. Events about the
 * same record go through the same thread ("lane"), so a receiver sees a record's events in the
 * order they happened; different records are delivered in parallel. Each lane's queue is bounded:
 * an event that does not fit is recorded as dropped rather than exhausting memory.
 */
public final class WebhookEmitter implements AutoCloseable {

    private static final int LANE_QUEUE = 10_000;

    private final String simulator;
    private final WebhookSettings settings;
    private final Supplier<String> defaultUrl;
    private final HttpClient http;
    private final ExecutorService[] lanes;
    private final SequencedLog<WebhookDelivery> deliveries;
    private final Clock clock = Clock.systemUTC();
    private volatile String url;
    private volatile boolean enabled;

    public WebhookEmitter(String simulator, WebhookSettings settings, Supplier<String> defaultUrl, int logCapacity) {
        this.simulator = simulator;
        this.settings = settings;
        this.defaultUrl = defaultUrl;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.deliveries = new SequencedLog<>(logCapacity);
        this.lanes = new ExecutorService[settings.threads()];
        for (int i = 0; i < lanes.length; i++) {
            String name = "sim-" + simulator + "-webhooks-" + i;
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(LANE_QUEUE),
                    task -> {
                        Thread thread = new Thread(task, name);
                        thread.setDaemon(true);
                        return thread;
                    });
        }
        restoreSettings();
    }

    /**
     * Queues one webhook about record {@code reference}. {@code body} is sent as is, with
     * {@code headers} (the signature) and {@code Content-Type: application/json}. Nothing happens
     * while webhooks are switched off.
     */
    public void emit(String event, String reference, byte[] body, Map<String, String> headers) {
        if (!enabled) {
            return;
        }
        String target = url();
        Instant emittedAt = clock.instant();
        try {
            lane(reference).execute(() -> deliver(event, reference, target, body, headers, emittedAt));
        } catch (RejectedExecutionException full) {
            record(event, reference, target, null, "dropped: delivery queue full (" + LANE_QUEUE + ")", emittedAt);
        }
    }

    /** Changes the destination and/or switches emission on or off; a null leaves that setting alone. */
    public void configure(String newUrl, Boolean newEnabled) {
        if (newUrl != null) {
            if (!newUrl.isBlank() && !newUrl.startsWith("http://") && !newUrl.startsWith("https://")) {
                throw new SimulatorRejection(400, "url must be an http(s) URL, or empty for the default");
            }
            this.url = newUrl.isBlank() ? null : newUrl;
        }
        if (newEnabled != null) {
            this.enabled = newEnabled;
        }
    }

    /** Where the next webhook goes. */
    public String url() {
        String configured = url;
        return configured != null ? configured : defaultUrl.get();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The recorded outcomes after {@code since}, oldest first. */
    public List<WebhookDelivery> deliveries(long since) {
        return deliveries.since(since, Integer.MAX_VALUE);
    }

    /** For the control API: {@code {serverTime, latestSeq, url, enabled, deliveries}}. */
    Map<String, Object> page(long since, int limit) {
        Map<String, Object> page = deliveries.page("deliveries", since, limit);
        page.put("url", url());
        page.put("enabled", enabled);
        return page;
    }

    /** Back to the configured URL and switch; forgets recorded deliveries. */
    void reset() {
        restoreSettings();
        deliveries.clear();
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    private void restoreSettings() {
        this.url = settings.url().isBlank() ? null : settings.url();
        this.enabled = settings.enabled();
    }

    private ExecutorService lane(String reference) {
        return lanes[Math.floorMod(reference.hashCode(), lanes.length)];
    }

    private void deliver(String event, String reference, String target, byte[] body, Map<String, String> headers,
            Instant emittedAt) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "ghl-sync-" + simulator + "-simulator")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            record(event, reference, target, status, null, emittedAt);
        } catch (IOException | RuntimeException e) {
            record(event, reference, target, null, e.toString(), emittedAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(event, reference, target, null, "interrupted (simulator shutting down)", emittedAt);
        }
    }

    private void record(String event, String reference, String target, Integer status, String error,
            Instant emittedAt) {
        Instant now = clock.instant();
        deliveries.append(seq -> new WebhookDelivery(seq, event, reference, target, status, error, emittedAt, now));
    }
}
