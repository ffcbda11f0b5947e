package io.ghlsync.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens at rest with AES-256-GCM: a fresh random 96-bit nonce per value, a 128-bit tag,
 * and associated data that binds each ciphertext to its row and column, so a value copied into
 * another location's row does not decrypt. Stored form: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
final class TokenCipher {

    static final int KEY_BYTES = 32;
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    String encrypt(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws TokenDecryptionException when the value was encrypted with another key, for another
     *                                  row, or altered
     */
    String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(FORMAT)) {
            throw new TokenDecryptionException("not a " + FORMAT + " ciphertext");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new TokenDecryptionException("ciphertext too short");
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, context);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TokenDecryptionException("wrong key, wrong row or altered value");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM, key hidden]";
    }

    /** A stored token could not be decrypted; the message never holds key or token material. */
    static final class TokenDecryptionException extends RuntimeException {
        TokenDecryptionException(String problem) {
            super("stored token cannot be decrypted: " + problem + " (was GHLSYNC_ENCRYPTION_KEY changed?)");
        }
    }
}
