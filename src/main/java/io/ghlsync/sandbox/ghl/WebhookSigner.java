package io.ghlsync.sandbox.ghl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.springframework.core.io.ResourceLoader;

/**
 * Signs webhook bodies the two ways HighLevel does (docs/api-research.md §1.8): {@code x-ghl-signature}
 * is base64 Ed25519 over the raw body bytes (current), {@code x-wh-signature} base64 RSA-SHA256
 * (PKCS#1 v1.5) over the same bytes (legacy). The keys are the sandbox pairs under
 * {@code sandbox/keys/}; the app verifies with their public halves in sandbox mode.
 *
 * <p>BouncyCastle's lightweight signers rather than the JDK's: its Ed25519 is several times faster,
 * which matters when a benchmark makes thousands of changes a second.
 */
final class WebhookSigner {

    static final String ED25519_HEADER = "x-ghl-signature";
    static final String RSA_HEADER = "x-wh-signature";

    /** Both signatures of one body, base64. */
    record Signatures(String ed25519, String rsa) {
    }

    private final AsymmetricKeyParameter ed25519Key;
    private final AsymmetricKeyParameter rsaKey;

    WebhookSigner(ResourceLoader resources) {
        this.ed25519Key = privateKey(resources, "classpath:sandbox/keys/ghl-webhook-ed25519-private.pem");
        this.rsaKey = privateKey(resources, "classpath:sandbox/keys/ghl-webhook-rsa-private.pem");
    }

    Signatures sign(byte[] body) {
        Ed25519Signer ed25519 = new Ed25519Signer();
        ed25519.init(true, ed25519Key);
        ed25519.update(body, 0, body.length);
        RSADigestSigner rsa = new RSADigestSigner(SHA256Digest.newInstance());
        rsa.init(true, rsaKey);
        rsa.update(body, 0, body.length);
        try {
            Base64.Encoder base64 = Base64.getEncoder();
            return new Signatures(base64.encodeToString(ed25519.generateSignature()),
                    base64.encodeToString(rsa.generateSignature()));
        } catch (CryptoException e) {
            throw new IllegalStateException("signing a webhook body failed", e);
        }
    }

    private static AsymmetricKeyParameter privateKey(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "");
            return PrivateKeyFactory.createKey(Base64.getMimeDecoder().decode(pem));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sandbox webhook key " + location, e);
        }
    }
}
