package dev.cvmatch.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns text into a vector whose cosine similarity measures how close two texts are. The matcher compares a CV and
 * a job description with it.
 *
 * <p>The embedded default, {@link #defaults()}, is {@link LexicalTextEmbedder}: offline, pure Java, no model.
 * A neural embedder (a local ONNX model, Azure OpenAI) plugs in by implementing this interface. Wrap any embedder in
 * {@link CachingTextEmbedder} to compute each text once. Implementations are thread-safe.
 */
public interface TextEmbedder {

    /**
     * Embeds one text.
     *
     * @param text the text
     * @return the vector, of length {@link #dimension()}
     */
    float[] embed(String text);

    /**
     * Embeds several texts (implementations may batch).
     *
     * @param texts the texts
     * @return the vectors, in the same order
     */
    default List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    /**
     * The vector length.
     *
     * @return the dimension
     */
    int dimension();

    /**
     * A name for explanations and logs (e.g. {@code "lexical"}).
     *
     * @return the name
     */
    String name();

    /**
     * Cosine similarity of two vectors of the same dimension.
     *
     * @param a a vector
     * @param b another vector
     * @return the cosine, 0 when either vector is zero
     * @throws IllegalArgumentException if the dimensions differ
     */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * The embedded default, cached by content hash: when the optional all-MiniLM-L6-v2 artifact is on the classpath,
     * {@link MiniLmTextEmbedder} combined half and half with {@link LexicalTextEmbedder} (whose skill features
     * carry French-English matching); otherwise the lexical embedder alone. The model is loaded once per class
     * loader.
     *
     * @return a thread-safe embedder
     */
    static TextEmbedder defaults() {
        return DefaultEmbedderHolder.INSTANCE;
    }

    /**
     * The embedded default.
     *
     * @return {@link #defaults()}
     * @deprecated use {@link #defaults()}, the name every cvmatch default has; kept so that code written for
     *     0.1 compiles
     */
    @Deprecated(since = "0.2")
    static TextEmbedder createDefault() {
        return defaults();
    }
}
