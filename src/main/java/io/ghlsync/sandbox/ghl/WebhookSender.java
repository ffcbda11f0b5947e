package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ghlsync.sandbox.ghl.WebhookDelivery.Outcome;

/**
 * Delivers webhooks as HighLevel does: each once, retried only when the receiver answers 429, after
 * its {@code Retry-After} (issue GoHighLevel/highlevel-api-docs#257, docs/api-research.md §1.8).
 * A refused connection, a 4xx or a 5xx loses the event, which is what the app's poll must repair.
 *
 * <p>A bounded queue and a few worker threads: the API thread only enqueues, never waits for a
 * receiver, and a slow receiver cannot make the simulator run out of memory (a full queue drops
 * the webhook and records that).
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService retries;
    private final HttpClient http;
    private final WebhookSigner signer;
    private final GhlSimulatorProperties.Webhooks config;
    private final IntSupplier maxAttempts;

    WebhookSender(WebhookSigner signer, GhlSimulatorProperties.Webhooks config, IntSupplier maxAttempts) {
        this.signer = signer;
        this.config = config;
        this.maxAttempts = maxAttempts;
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queueCapacity()), runnable -> daemon(runnable,
                        "ghl-sim-webhook-" + number.incrementAndGet()));
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "ghl-sim-webhook-retry"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout()).build();
    }

    void send(PendingWebhook webhook) {
        try {
            workers.execute(() -> attempt(webhook));
        } catch (RejectedExecutionException e) {
            webhook.ended(Outcome.QUEUE_FULL);
            log.warn("GHL simulator: webhook queue full ({} waiting), dropped a webhook", config.queueCapacity());
        }
    }

    private void attempt(PendingWebhook webhook) {
        byte[] body = webhook.body();
        WebhookSigner.Signatures signatures = signer.sign(body, config.legacyRsaSignature());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSigner.ED25519_HEADER, signatures.ed25519())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (signatures.rsa() != null) {
                request.header(WebhookSigner.RSA_HEADER, signatures.rsa());
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 429) {
                retryLater(webhook, response);
            } else {
                webhook.answered(status, status / 100 == 2 ? Outcome.DELIVERED : Outcome.DROPPED);
            }
        } catch (IOException | IllegalArgumentException e) {
            webhook.failed(e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            webhook.failed("interrupted");
        }
    }

    private void retryLater(PendingWebhook webhook, HttpResponse<Void> response) {
        if (webhook.attempts() + 1 >= maxAttempts.getAsInt()) {
            webhook.answered(429, Outcome.GAVE_UP);
            return;
        }
        webhook.answered(429, Outcome.RETRYING);
        long waitMillis = Math.min(retryAfterMillis(response), config.maxRetryAfter().toMillis());
        retries.schedule(() -> send(webhook), waitMillis, TimeUnit.MILLISECONDS);
    }

    /** Retry-After in seconds (RFC 9110 also allows a date; HighLevel-style receivers send seconds). */
    private static long retryAfterMillis(HttpResponse<Void> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Math.max(0, Long.parseLong(value.trim())) * 1000;
            } catch (NumberFormatException e) {
                return 1000L;
            }
        }).orElse(1000L);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        retries.shutdownNow();
        workers.shutdownNow();
    }
}
