package dev.cvmatch.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex. Internal. */
public final class Hashes {

    private Hashes() {
    }

    /**
     * SHA-256 of bytes.
     *
     * @param content the bytes
     * @return 64 lower-case hex digits
     */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * SHA-256 of a string's UTF-8 bytes.
     *
     * @param text the text
     * @return 64 lower-case hex digits
     */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
