package io.ghlsync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ghlsync.RunMode;

/**
 * A lowercase-hex HMAC-SHA256 signature header, the scheme of PushPress ({@code webhook-signature}) and of the
 * generic app ({@code x-app-signature}). Compared in constant time. In sandbox mode an unset secret falls back to
 * the sandbox one the simulators sign with; in live mode it leaves the source refusing every webhook.
 */
final class HmacWebhookSignature {

    private static final Logger log = LoggerFactory.getLogger(HmacWebhookSignature.class);

    private final String header;
    private final String unconfigured;
    private final SecretKeySpec key;

    /**
     * @param header        the signature header
     * @param sender        who signs, for messages
     * @param secretSetting what to set when the secret is missing, for messages
     */
    HmacWebhookSignature(String header, String sender, String secretSetting, String secret, String sandboxSecret,
                         String mode) {
        this.header = header;
        this.unconfigured = sender + " webhooks are not configured: set " + secretSetting;
        String effective = secret.isBlank() && RunMode.fromProperty(mode) != RunMode.LIVE ? sandboxSecret : secret;
        this.key = effective.isBlank() ? null
                : new SecretKeySpec(effective.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        if (key == null) {
            log.info("{}; they will be refused", unconfigured);
        }
    }

    /** Refuses (401) unless {@code signature} is the HMAC of {@code signed}. */
    void verify(byte[] signed, String signature) {
        if (key == null) {
            throw WebhookRejectedException.badSignature(unconfigured);
        }
        if (signature == null || signature.isBlank()) {
            throw WebhookRejectedException.badSignature("the webhook is not signed: expected header " + header
                    + " (hex HMAC-SHA256)");
        }
        byte[] provided;
        try {
            provided = HexFormat.of().parseHex(signature.trim());
        } catch (IllegalArgumentException e) {
            throw WebhookRejectedException.badSignature(header + " is not hex");
        }
        if (!MessageDigest.isEqual(hmac(signed), provided)) {
            throw WebhookRejectedException.badSignature(header + " does not match the body");
        }
    }

    private byte[] hmac(byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
