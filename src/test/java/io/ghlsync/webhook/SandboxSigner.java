package io.ghlsync.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs test webhooks the way their senders do, with the sandbox keys: HighLevel's Ed25519 and RSA-SHA256 with
 * the private halves in src/main/resources/sandbox/keys/, PushPress and the app with HMAC-SHA256 and their sandbox
 * secrets. Public for tests elsewhere (metrics, logs) that post signed webhooks.
 */
public final class SandboxSigner {

    public static final String PUSHPRESS_SECRET = "sandbox-pushpress-secret";
    public static final String APP_SECRET = "sandbox-app-secret";

    private static final PrivateKey ED25519 = privateKey("Ed25519", "sandbox/keys/ghl-webhook-ed25519-private.pem");
    private static final PrivateKey RSA = privateKey("RSA", "sandbox/keys/ghl-webhook-rsa-private.pem");

    private SandboxSigner() {
    }

    public static String ed25519(byte[] body) {
        return sign("Ed25519", ED25519, body);
    }

    public static String rsa(byte[] body) {
        return sign("SHA256withRSA", RSA, body);
    }

    public static String hmacHex(String secret, byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String algorithm, PrivateKey key, byte[] body) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String algorithm, String resource) {
        try (InputStream in = SandboxSigner.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
