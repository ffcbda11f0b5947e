package io.ghlsync.sandbox.ghl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids in HighLevel's style: 20 alphanumeric characters (e.g. {@code seD4PfOuKoVMLkEZqohJ} in
 * contacts.json). Random at run time; drawn from the seed's generator when seeding, so that the same
 * seed gives the same ids; derived from a name where an id must be stable (custom-field ids).
 */
final class GhlIds {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LENGTH = 20;

    private GhlIds() {
    }

    static String random() {
        return next(ThreadLocalRandom.current());
    }

    static String next(Random random) {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** The same parts always give the same id. */
    static String derived(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            char[] id = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                id[i] = ALPHABET[(hash[i] & 0xff) % ALPHABET.length];
            }
            return new String(id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
