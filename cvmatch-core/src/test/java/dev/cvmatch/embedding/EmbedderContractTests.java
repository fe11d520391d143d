package dev.cvmatch.embedding;

import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.testing.TextEmbedderContract;
import org.junit.jupiter.api.Nested;

/** The embedded embedders against the {@link TextEmbedderContract}. */
class EmbedderContractTests {

    @Nested
    class Lexical extends TextEmbedderContract {
        @Override
        protected TextEmbedder embedder() {
            return new LexicalTextEmbedder(SkillNormalizer.defaults());
        }
    }

    @Nested
    class MiniLm extends TextEmbedderContract {
        @Override
        protected TextEmbedder embedder() {
            return Holder.MINILM;
        }
    }

    @Nested
    class Default extends TextEmbedderContract {
        @Override
        protected TextEmbedder embedder() {
            return TextEmbedder.defaults();
        }
    }

    /** One model per test run: loading it takes about a second. */
    private static final class Holder {
        static final TextEmbedder MINILM = new MiniLmTextEmbedder();
    }
}
