package dev.cvmatch.embedding;

import dev.cvmatch.skill.SkillNormalizer;

/** Lazily builds the shared default embedder (see {@link TextEmbedder#defaults()}). */
final class DefaultEmbedderHolder {

    static final TextEmbedder INSTANCE = create();

    private DefaultEmbedderHolder() {
    }

    private static TextEmbedder create() {
        TextEmbedder lexical = new LexicalTextEmbedder(SkillNormalizer.defaults());
        TextEmbedder chosen = lexical;
        // not MiniLmTextEmbedder.isAvailable(): loading that class without the optional artifact fails verification
        if (miniLmPresent() && !Boolean.getBoolean("cvmatch.embedding.lexicalOnly")) {
            try {
                TextEmbedder neural = (TextEmbedder) Class.forName("dev.cvmatch.embedding.MiniLmTextEmbedder")
                        .getConstructor().newInstance();
                chosen = new CombinedTextEmbedder(neural, 0.5, lexical);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DefaultEmbedderHolder.class)
                        .warn("The MiniLM embedder could not be loaded ({}); using the lexical embedder", e.toString());
            }
        }
        return new CachingTextEmbedder(chosen, CachingTextEmbedder.DEFAULT_CAPACITY);
    }

    /** Whether the optional MiniLM artifact is on the classpath, checked without loading cvmatch's wrapper. */
    static boolean miniLmPresent() {
        try {
            Class.forName(MINILM_MODEL_CLASS, false, DefaultEmbedderHolder.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static final String MINILM_MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
}
