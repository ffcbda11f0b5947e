package io.ghlsync.webhook;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;

/**
 * Bean {@code ghlWebhookSignature}: checks a HighLevel webhook's signature over the exact raw body, as HighLevel's
 * SDK does (docs/api-research.md §1.8): {@code x-ghl-signature} (base64 Ed25519) when present, otherwise the legacy
 * {@code x-wh-signature} (base64 RSA-SHA256). A header holding the literal {@code N/A}, which some deliveries carry,
 * counts as absent. Ed25519 runs on BouncyCastle's low-level code with the point decoded once: the JDK's Ed25519
 * is several times slower, and this check is on every webhook's path.
 */
@Component("ghlWebhookSignature")
@ConditionalOnSync
class GhlWebhookSignature {

    static final String ED25519_HEADER = "x-ghl-signature";
    static final String RSA_HEADER = "x-wh-signature";

    private final Ed25519.PublicPoint ed25519Key;
    private final PublicKey rsaKey;

    GhlWebhookSignature(WebhookProperties properties, ResourceLoader resources,
                        @Value("${" + RunMode.PROPERTY + "}") String mode) {
        boolean live = RunMode.fromProperty(mode) == RunMode.LIVE;
        WebhookPublicKeys keys = new WebhookPublicKeys(resources);
        this.ed25519Key = keys.ed25519("ghlsync.webhooks.ghl.ed25519-public-key", orDefault(
                properties.ghl().ed25519PublicKey(), live ? HighLevelWebhookKeys.ED25519 : HighLevelWebhookKeys.SANDBOX_ED25519));
        this.rsaKey = keys.rsa("ghlsync.webhooks.ghl.rsa-public-key", orDefault(
                properties.ghl().rsaPublicKey(), live ? HighLevelWebhookKeys.RSA : HighLevelWebhookKeys.SANDBOX_RSA));
    }

    /** Refuses (401) a body whose signature is missing or does not match. */
    public void verify(@Body byte[] body, @Header(ED25519_HEADER) String ed25519, @Header(RSA_HEADER) String rsa) {
        if (present(ed25519)) {
            byte[] signature = decode(ED25519_HEADER, ed25519);
            if (signature.length != Ed25519.SIGNATURE_SIZE
                    || !Ed25519.verify(signature, 0, ed25519Key, body, 0, body.length)) {
                throw WebhookRejectedException.badSignature(ED25519_HEADER + " does not match the body");
            }
        } else if (present(rsa)) {
            if (!rsaMatches(body, decode(RSA_HEADER, rsa))) {
                throw WebhookRejectedException.badSignature(RSA_HEADER + " does not match the body");
            }
        } else {
            throw WebhookRejectedException.badSignature("the webhook is not signed: expected header "
                    + ED25519_HEADER + " (Ed25519) or " + RSA_HEADER + " (RSA-SHA256)");
        }
    }

    private boolean rsaMatches(byte[] body, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(rsaKey);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException malformedSignature) {
            return false;
        }
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank() && !"N/A".equals(header.trim());
    }

    private static byte[] decode(String header, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw WebhookRejectedException.badSignature(header + " is not base64");
        }
    }

    private static String orDefault(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
