package io.ghlsync.webhook;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the webhook endpoints ({@code ghlsync.webhooks}), documented in application.yaml.
 *
 * @param maxBodySize      largest body accepted; a bigger one is refused (413) before more of it is read
 * @param replayWindow     a HighLevel webhook whose {@code timestamp} is further than this from now is refused
 * @param keepUnknownTypes store HighLevel event types this app does not know instead of refusing them (422)
 * @param ghl              HighLevel's signature keys
 * @param pushpress        PushPress's signing secret
 * @param app              the generic app's signing secret
 */
@Validated
@ConfigurationProperties("ghlsync.webhooks")
public record WebhookProperties(
        @DefaultValue("1MB") @NotNull DataSize maxBodySize,
        @DefaultValue("5m") @NotNull Duration replayWindow,
        @DefaultValue("false") boolean keepUnknownTypes,
        @DefaultValue @Valid Ghl ghl,
        @DefaultValue @Valid PushPress pushpress,
        @DefaultValue @Valid App app) {

    @AssertTrue(message = "ghlsync.webhooks.max-body-size must be between 1KB and 64MB")
    boolean isMaxBodySizeSensible() {
        return maxBodySize.toBytes() >= 1024 && maxBodySize.toMegabytes() <= 64;
    }

    @AssertTrue(message = "ghlsync.webhooks.replay-window must be positive")
    boolean isReplayWindowPositive() {
        return !replayWindow.isNegative() && !replayWindow.isZero();
    }

    /**
     * Public keys that verify HighLevel's signatures: PEM, base64 (the raw 32-byte Ed25519 key or a DER
     * SubjectPublicKeyInfo), hex, or a {@code classpath:}/{@code file:} location of one of those. Empty means
     * HighLevel's published keys in live mode and the simulator's sandbox keys in sandbox mode.
     *
     * @param ed25519PublicKey verifies {@code x-ghl-signature}
     * @param rsaPublicKey     verifies the legacy {@code x-wh-signature}
     */
    public record Ghl(@DefaultValue("") String ed25519PublicKey, @DefaultValue("") String rsaPublicKey) {
    }

    /**
     * @param signingSecret        the webhook's {@code signingSecret} (PushPress returns it from {@code POST /webhooks})
     * @param sandboxSigningSecret used in sandbox mode when {@code signingSecret} is empty; the simulator signs with it
     */
    public record PushPress(@DefaultValue("") String signingSecret,
                            @DefaultValue("sandbox-pushpress-secret") String sandboxSigningSecret) {
        @Override
        public String toString() {
            return "PushPress[signingSecret=***, sandboxSigningSecret=***]";
        }
    }

    /**
     * @param signingSecret        the secret shared with the app that signs {@code x-app-signature}
     * @param sandboxSigningSecret used in sandbox mode when {@code signingSecret} is empty; the simulator signs with it
     */
    public record App(@DefaultValue("") String signingSecret,
                      @DefaultValue("sandbox-app-secret") String sandboxSigningSecret) {
        @Override
        public String toString() {
            return "App[signingSecret=***, sandboxSigningSecret=***]";
        }
    }
}
