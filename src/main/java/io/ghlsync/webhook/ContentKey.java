package io.ghlsync.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The event key of a webhook that carries no delivery id: {@code sha256:<hex>} of the raw body, so that a
 * sender's retry of the same delivery (the same bytes) is recognised as a duplicate.
 */
final class ContentKey {

    private ContentKey() {
    }

    static String of(byte[] body) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
