package dev.cvmatch.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Caches the vectors of another embedder by content hash (SHA-256 of the text), in a bounded least-recently-used
 * map: ranking the same CVs against many jobs embeds each CV once. Thread-safe.
 */
public final class CachingTextEmbedder implements TextEmbedder {

    /** Default number of cached vectors. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final TextEmbedder delegate;
    private final Map<String, float[]> cache;

    /**
     * Wraps an embedder.
     *
     * @param delegate the embedder computing vectors
     * @param capacity the maximum number of cached vectors
     * @throws IllegalArgumentException if capacity is not positive
     */
    public CachingTextEmbedder(TextEmbedder delegate, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public float[] embed(String text) {
        String key = sha256(Objects.requireNonNull(text, "text"));
        float[] cached = cache.get(key);
        if (cached == null) {
            cached = delegate.embed(text);
            cache.put(key, cached);
        }
        return cached;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
