package io.ghlsync.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;

/**
 * The key that encrypts stored tokens, from {@code GHLSYNC_ENCRYPTION_KEY}. Live mode refuses to
 * start without a valid one; sandbox mode falls back to a fixed, publicly known key (it only ever
 * protects simulator tokens) and says so.
 */
@Configuration
@ConditionalOnSync
class TokenCipherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenCipherConfiguration.class);

    @Bean
    TokenCipher tokenCipher(AuthProperties properties, @Value("${" + RunMode.PROPERTY + "}") String mode) {
        String configured = properties.encryptionKey();
        if (configured != null && !configured.isBlank()) {
            return new TokenCipher(decode(configured));
        }
        if (RunMode.fromProperty(mode) == RunMode.LIVE) {
            throw new IllegalStateException("GHLSYNC_ENCRYPTION_KEY is not set: live mode stores HighLevel OAuth tokens "
                    + "encrypted (AES-256-GCM) and needs a key; create one with 'openssl rand -base64 32' and set "
                    + "the environment variable GHLSYNC_ENCRYPTION_KEY (property ghlsync.auth.encryption-key)");
        }
        log.warn("Sandbox mode: GHLSYNC_ENCRYPTION_KEY is not set, stored tokens are encrypted with the fixed sandbox key "
                + "(fine for simulator tokens, never for real ones)");
        return new TokenCipher(sandboxKey());
    }

    private static byte[] decode(String configured) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("GHLSYNC_ENCRYPTION_KEY is not valid base64; it must be base64 of 32 random "
                    + "bytes ('openssl rand -base64 32')");
        }
        if (key.length != TokenCipher.KEY_BYTES) {
            throw new IllegalStateException("GHLSYNC_ENCRYPTION_KEY decodes to " + key.length + " bytes; AES-256 needs "
                    + "exactly 32 ('openssl rand -base64 32')");
        }
        return key;
    }

    private static byte[] sandboxKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest("ghl-sync sandbox token key".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
