package dev.cvmatch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.embedding.TextEmbedder;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TextEmbedder} must do, whoever provides it: extend this class in the provider's tests and return
 * the embedder under test (the embedded ones in cvmatch-core, Azure OpenAI in cvmatch-azure).
 */
public abstract class TextEmbedderContract {

    /** Two descriptions of the same profile and one of another, sharing no words with the first two. */
    protected static final String JAVA = "Senior Java developer, Spring Boot microservices and PostgreSQL";
    protected static final String JAVA_AGAIN = "Java developer building Spring Boot microservices on PostgreSQL";
    protected static final String NURSE = "Infirmière de bloc opératoire, soins intensifs et urgences";

    /**
     * The embedder under test.
     *
     * @return the embedder
     */
    protected abstract TextEmbedder embedder();

    /**
     * Cosine two vectors of the same text must reach (1 for deterministic embedders).
     *
     * @return the minimum cosine
     */
    protected double sameTextCosine() {
        return 0.999;
    }

    @Test
    void vectorsHaveTheDeclaredDimension() {
        TextEmbedder embedder = embedder();
        assertTrue(embedder.dimension() > 0);
        assertEquals(embedder.dimension(), embedder.embed(JAVA).length);
        assertFalse(embedder.name().isBlank());
    }

    @Test
    void similarTextsAreCloserThanUnrelatedOnes() {
        TextEmbedder embedder = embedder();
        double close = TextEmbedder.cosine(embedder.embed(JAVA), embedder.embed(JAVA_AGAIN));
        double far = TextEmbedder.cosine(embedder.embed(JAVA), embedder.embed(NURSE));
        assertTrue(close > far, "close " + close + ", far " + far);
    }

    @Test
    void embedAllKeepsTheOrderAndMatchesEmbed() {
        TextEmbedder embedder = embedder();
        List<float[]> all = embedder.embedAll(List.of(NURSE, JAVA, JAVA_AGAIN));
        assertEquals(3, all.size());
        assertTrue(TextEmbedder.cosine(all.get(1), embedder.embed(JAVA)) >= sameTextCosine());
        assertTrue(TextEmbedder.cosine(all.get(0), embedder.embed(NURSE)) >= sameTextCosine());
        assertTrue(embedder.embedAll(List.of()).isEmpty());
    }

    @Test
    void blankTextIsAVectorNotAnError() {
        TextEmbedder embedder = embedder();
        assertEquals(embedder.dimension(), embedder.embed("").length);
        assertEquals(embedder.dimension(), embedder.embed("   ").length);
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> embedder().embed(null));
        assertThrows(NullPointerException.class, () -> embedder().embedAll(null));
    }

    @Test
    void isThreadSafe() throws Exception {
        TextEmbedder embedder = embedder();
        float[] expected = embedder.embed(JAVA_AGAIN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> embedder.embed(JAVA_AGAIN)));
            }
            for (Future<float[]> f : futures) {
                float[] v = f.get();
                if (sameTextCosine() >= 0.999) {
                    assertArrayEquals(expected, v, 1e-6f);
                } else {
                    assertTrue(TextEmbedder.cosine(expected, v) >= sameTextCosine());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
