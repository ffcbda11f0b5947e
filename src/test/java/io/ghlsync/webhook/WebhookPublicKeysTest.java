package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * HighLevel hands its Ed25519 webhook key out as PEM, raw 32-byte base64 or hex (docs/api-research.md, update
 * 2026-11-24); all of them, and a classpath location, name the same key. The key used here is HighLevel's
 * published one (docs/api-research.md §1.8); the RSA key is the one in
 * src/test/resources/ghl/webhook-events/WebhookAuthentication.md.
 */
class WebhookPublicKeysTest {

    private static final String PROPERTY = "ghlsync.webhooks.ghl.ed25519-public-key";
    private static final String RAW_HEX = "8b61d1d6cacbe28d7c3bc0516bb815258ec6edbba96cddc7f40c09ac708388e8";

    private final WebhookPublicKeys keys = new WebhookPublicKeys(new DefaultResourceLoader());

    @ParameterizedTest
    @ValueSource(strings = {
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=\n-----END PUBLIC KEY-----\n",
            "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=",
            "i2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=",
            RAW_HEX})
    void anEd25519KeyIsReadFromPemBase64OrHex(String configured) {
        assertThat(encoded(keys.ed25519(PROPERTY, configured))).isEqualTo(RAW_HEX);
    }

    @Test
    void anEd25519KeyIsReadFromAClasspathLocation() {
        assertThat(keys.ed25519(PROPERTY, HighLevelWebhookKeys.SANDBOX_ED25519)).isNotNull();
    }

    @Test
    void highLevelsPublishedRsaKeyIsRead() {
        assertThat(((RSAPublicKey) keys.rsa("ghlsync.webhooks.ghl.rsa-public-key", HighLevelWebhookKeys.RSA))
                .getModulus().bitLength()).isEqualTo(4096);
    }

    @Test
    void anUnreadableKeyStopsStartupNamingTheProperty() {
        assertThatThrownBy(() -> keys.ed25519(PROPERTY, "not a key!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(PROPERTY + ": ");
    }

    @Test
    void anRsaKeyGivenForEd25519IsRefusedNamingTheAlgorithm() {
        assertThatThrownBy(() -> keys.ed25519(PROPERTY, HighLevelWebhookKeys.RSA))
                .hasMessageContaining("not Ed25519");
    }

    private static String encoded(Ed25519.PublicPoint point) {
        byte[] raw = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.encodePublicPoint(point, raw, 0);
        return HexFormat.of().formatHex(raw);
    }
}
