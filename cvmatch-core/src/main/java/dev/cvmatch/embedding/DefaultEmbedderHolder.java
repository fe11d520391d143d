package dev.cvmatch.embedding;

import dev.cvmatch.skill.SkillNormalizer;

/** Lazily builds the shared default embedder (see {@link TextEmbedder#createDefault()}). */
final class DefaultEmbedderHolder {

    static final TextEmbedder INSTANCE = create();

    private DefaultEmbedderHolder() {
    }

    private static TextEmbedder create() {
        TextEmbedder lexical = new LexicalTextEmbedder(SkillNormalizer.createDefault());
        TextEmbedder chosen = lexical;
        if (MiniLmTextEmbedder.isAvailable() && !Boolean.getBoolean("cvmatch.embedding.lexicalOnly")) {
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
}
