package io.ghlsync.sandbox.simulation;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a simulator delivers the webhooks it emits.
 *
 * @param enabled  whether it emits at all (switchable at runtime through {@code PUT …/_sim/webhooks})
 * @param url      where to; empty means this app's own intake path for that simulator
 * @param secret   the signing secret; empty means the simulator's sandbox default
 * @param timeout  connect and answer timeout of one delivery (each webhook is sent once, never retried)
 * @param threads  parallel deliveries; events of one record always go through the same thread, in order
 */
public record WebhookSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String url,
        @DefaultValue("") String secret,
        @DefaultValue("5s") @NotNull Duration timeout,
        @DefaultValue("4") @Min(1) @Max(64) int threads) {

    /** These settings, with {@code fallback} as the secret when none is configured. */
    public WebhookSettings withDefaultSecret(String fallback) {
        return secret == null || secret.isBlank() ? new WebhookSettings(enabled, url, fallback, timeout, threads)
                : this;
    }

    @Override
    public String toString() {
        return "WebhookSettings[enabled=" + enabled + ", url=" + url + ", secret=***]";
    }
}
