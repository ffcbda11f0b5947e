package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private final TokenCipher cipher = new TokenCipher(key());

    @Test
    void aTokenComesBackAsItWasStored() {
        String stored = cipher.encrypt("pit-1234-secret", "oauth_token:loc-1:access");
        assertThat(stored).startsWith("v1:").doesNotContain("pit-1234-secret");
        assertThat(cipher.decrypt(stored, "oauth_token:loc-1:access")).isEqualTo("pit-1234-secret");
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        assertThat(cipher.encrypt("same", "ctx")).isNotEqualTo(cipher.encrypt("same", "ctx"));
    }

    @Test
    void aValueCopiedIntoAnotherLocationsRowDoesNotDecrypt() {
        String stored = cipher.encrypt("token", "oauth_token:loc-1:access");
        assertThatThrownBy(() -> cipher.decrypt(stored, "oauth_token:loc-2:access"))
                .isInstanceOf(TokenCipher.TokenDecryptionException.class)
                .hasMessageNotContaining("token\"");
    }

    @Test
    void anAlteredValueDoesNotDecrypt() {
        String stored = cipher.encrypt("token", "ctx");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(altered, "ctx")).isInstanceOf(TokenCipher.TokenDecryptionException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String stored = cipher.encrypt("token", "ctx");
        assertThatThrownBy(() -> new TokenCipher(key()).decrypt(stored, "ctx"))
                .isInstanceOf(TokenCipher.TokenDecryptionException.class)
                .hasMessageContaining("GHLSYNC_ENCRYPTION_KEY");
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new TokenCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
