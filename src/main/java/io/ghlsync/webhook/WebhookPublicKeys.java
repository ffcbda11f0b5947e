package io.ghlsync.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the public keys that verify HighLevel's webhook signatures. HighLevel hands the Ed25519 key out as PEM, as
 * the raw 32 bytes in base64, or as hex (docs/api-research.md, update 2026-11-24), so all of those are accepted, as
 * well as a {@code classpath:} or {@code file:} location holding one of them. Errors name the property.
 */
final class WebhookPublicKeys {

    /** id-Ed25519, RFC 8410 §3. */
    private static final ASN1ObjectIdentifier ED25519_OID = new ASN1ObjectIdentifier("1.3.101.112");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern PEM_ARMOR = Pattern.compile("-----(BEGIN|END) [A-Z ]+-----");

    private final ResourceLoader resources;

    WebhookPublicKeys(ResourceLoader resources) {
        this.resources = resources;
    }

    /** The validated Ed25519 point, ready for repeated verifications. */
    Ed25519.PublicPoint ed25519(String property, String configured) {
        byte[] raw = rawEd25519(property, text(property, configured));
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(raw, 0);
        if (point == null) {
            throw invalid(property, "the 32 bytes are not a valid Ed25519 point");
        }
        return point;
    }

    PublicKey rsa(String property, String configured) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                    base64(property, pemBody(text(property, configured)))));
            return key;
        } catch (GeneralSecurityException e) {
            throw invalid(property, "not an RSA public key in SubjectPublicKeyInfo form (\"BEGIN PUBLIC KEY\"): "
                    + e.getMessage());
        }
    }

    private byte[] rawEd25519(String property, String text) {
        String body = pemBody(text);
        if (body.length() == 64 && HEX.matcher(body).matches()) {
            return HexFormat.of().parseHex(body);
        }
        byte[] decoded = base64(property, body);
        if (decoded.length == Ed25519.PUBLIC_KEY_SIZE) {
            return decoded;
        }
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(decoded);
            if (!ED25519_OID.equals(info.getAlgorithm().getAlgorithm())) {
                throw invalid(property, "the key's algorithm is " + info.getAlgorithm().getAlgorithm() + ", not Ed25519");
            }
            return info.getPublicKeyData().getOctets();
        } catch (IllegalArgumentException notDer) {
            throw invalid(property, "not an Ed25519 public key (PEM, base64 of the 32 raw bytes, or 64 hex digits)");
        }
    }

    private String text(String property, String configured) {
        if (!configured.startsWith("classpath:") && !configured.startsWith("file:")) {
            return configured;
        }
        try (InputStream in = resources.getResource(configured).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw invalid(property, "cannot read " + configured + ": " + e.getMessage());
        }
    }

    private static String pemBody(String text) {
        return PEM_ARMOR.matcher(text).replaceAll("").replaceAll("\\s+", "");
    }

    private static byte[] base64(String property, String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid(property, "neither PEM, base64 nor hex");
        }
    }

    private static IllegalStateException invalid(String property, String problem) {
        return new IllegalStateException(property + ": " + problem);
    }
}
