package dev.cvmatch.internal.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset page tokens for "newest first" listings: the creation time and id of the last item of a page. The next page
 * starts strictly after it, so an analysis created or deleted between two pages neither repeats nor shifts the
 * pages. Internal.
 */
public final class PageTokens {

    private static final String PREFIX = "k1:";

    /** Where the next page starts. */
    public record Position(Instant createdAt, String id) {
    }

    private PageTokens() {
    }

    /**
     * The token after an item.
     *
     * @param createdAt the last item's creation time
     * @param id the last item's id
     * @return an opaque URL-safe token
     */
    public static String encode(Instant createdAt, String id) {
        String raw = PREFIX + createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token.
     *
     * @param token a token from {@link #encode}
     * @return the position
     * @throws IllegalArgumentException if the token is not one of ours
     */
    public static Position decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a cvmatch page token");
            }
            int colon = raw.indexOf(':', PREFIX.length());
            if (colon < 0 || colon == raw.length() - 1) {
                throw new IllegalArgumentException("not a cvmatch page token");
            }
            long millis = Long.parseLong(raw.substring(PREFIX.length(), colon));
            return new Position(Instant.ofEpochMilli(millis), raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            // also Base64's and Long.parseLong's (NumberFormatException)
            throw new IllegalArgumentException("not a cvmatch page token", e);
        }
    }
}
