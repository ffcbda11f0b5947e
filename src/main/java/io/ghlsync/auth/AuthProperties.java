package io.ghlsync.auth;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token storage and OAuth housekeeping ({@code ghlsync.auth.*}, documented in application.yaml).
 *
 * @param encryptionKey base64 of 32 random bytes (env {@code GHLSYNC_ENCRYPTION_KEY}); encrypts stored
 *                      tokens with AES-256-GCM. Required in live mode.
 * @param refreshSkew   refresh an access token this long before it expires (at most half its lifetime)
 * @param stateTtl      how long an OAuth {@code state} from {@code /oauth/ghl/start} stays valid
 * @param refreshLease  how long one instance may hold a location's refresh before others may take over
 *                      (only matters when an instance dies mid-refresh)
 */
@Validated
@ConfigurationProperties("ghlsync.auth")
public record AuthProperties(
        @DefaultValue("") String encryptionKey,
        @DefaultValue("5m") @NotNull Duration refreshSkew,
        @DefaultValue("10m") @NotNull Duration stateTtl,
        @DefaultValue("60s") @NotNull Duration refreshLease) {

    @Override
    public String toString() {
        return "AuthProperties[encryptionKey=" + (encryptionKey.isEmpty() ? "" : "***") + ", refreshSkew=" + refreshSkew
                + ", stateTtl=" + stateTtl + ", refreshLease=" + refreshLease + "]";
    }
}
