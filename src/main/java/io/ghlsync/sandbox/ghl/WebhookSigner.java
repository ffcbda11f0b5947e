package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.springframework.core.io.ResourceLoader;

/**
 * Signs webhook bodies the two ways HighLevel does (docs/api-research.md §1.8): {@code x-ghl-signature}
 * is base64 Ed25519 over the raw body bytes (current), {@code x-wh-signature} base64 RSA-SHA256
 * (PKCS#1 v1.5) over the same bytes (legacy). The keys are the sandbox pairs under
 * {@code sandbox/keys/}; the app verifies with their public halves in sandbox mode.
 *
 * <p>Each scheme uses the faster implementation measured here: BouncyCastle's lightweight Ed25519
 * (several times faster than the JDK's) and the JDK's RSA (about 40% faster than BouncyCastle's).
 * RSA is still ~1 ms a signature, so it can be switched off
 * ({@code ghlsync.sandbox.ghl.webhooks.legacy-rsa-signature}) — HighLevel itself no longer sends it
 * (docs/api-research.md, "Update 2026-11-24").
 */
final class WebhookSigner {

    static final String ED25519_HEADER = "x-ghl-signature";
    static final String RSA_HEADER = "x-wh-signature";

    /** Both signatures of one body, base64; {@code rsa} is null when the legacy signature is off. */
    record Signatures(String ed25519, String rsa) {
    }

    private final AsymmetricKeyParameter ed25519Key;
    private final PrivateKey rsaKey;

    WebhookSigner(ResourceLoader resources) {
        try {
            this.ed25519Key = PrivateKeyFactory.createKey(pkcs8(resources, "ghl-webhook-ed25519-private.pem"));
            this.rsaKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8(resources, "ghl-webhook-rsa-private.pem")));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the sandbox webhook signing keys", e);
        }
    }

    Signatures sign(byte[] body, boolean withRsa) {
        Ed25519Signer ed25519 = new Ed25519Signer();
        ed25519.init(true, ed25519Key);
        ed25519.update(body, 0, body.length);
        Base64.Encoder base64 = Base64.getEncoder();
        return new Signatures(base64.encodeToString(ed25519.generateSignature()),
                withRsa ? base64.encodeToString(rsa(body)) : null);
    }

    private byte[] rsa(byte[] body) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(rsaKey);
            rsa.update(body);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-signing a webhook body failed", e);
        }
    }

    private static byte[] pkcs8(ResourceLoader resources, String file) throws IOException {
        try (InputStream in = resources.getResource("classpath:sandbox/keys/" + file).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "");
            return Base64.getMimeDecoder().decode(pem);
        }
    }
}
