package dev.cvmatch.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.skill.SkillNormalizer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextEmbedderTest {

    @Test
    void lexicalEmbedderBridgesFrenchAndEnglishThroughSkills() {
        TextEmbedder lexical = new LexicalTextEmbedder(SkillNormalizer.defaults());
        double sameJob = TextEmbedder.cosine(lexical.embed("Développeur Java, Spring Boot et gestion de projet"),
                lexical.embed("Java developer with Spring Boot and project management"));
        double otherJob = TextEmbedder.cosine(lexical.embed("Développeur Java, Spring Boot et gestion de projet"),
                lexical.embed("Registered nurse: patient care and wound care"));
        assertTrue(sameJob > otherJob + 0.2, sameJob + " vs " + otherJob);
        assertEquals(1.0, TextEmbedder.cosine(lexical.embed("Kotlin"), lexical.embed("Kotlin")), 1e-6);
    }

    @Test
    void miniLmRunsOfflineWhenTheOptionalModelIsPresent() {
        assertTrue(MiniLmTextEmbedder.isAvailable(), "the optional model is on the test classpath");
        TextEmbedder model = new MiniLmTextEmbedder();
        assertEquals(384, model.embed("Java developer").length);
        double close = TextEmbedder.cosine(model.embed("Java backend developer"),
                model.embed("Software engineer building Java services"));
        double far = TextEmbedder.cosine(model.embed("Java backend developer"),
                model.embed("Registered nurse on a surgical ward"));
        assertTrue(close > far, close + " vs " + far);
        assertEquals("all-MiniLM-L6-v2+lexical", TextEmbedder.defaults().name());
    }

    @Test
    void cachingEmbedsEachTextOnce() {
        AtomicInteger calls = new AtomicInteger();
        TextEmbedder counting = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                calls.incrementAndGet();
                return new float[] {text.length(), 1};
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public String name() {
                return "counting";
            }
        };
        CachingTextEmbedder cache = new CachingTextEmbedder(counting, 2);
        float[] first = cache.embed("a CV");
        assertSame(first, cache.embed("a CV"));
        assertEquals(1, calls.get());
        cache.embedAll(List.of("x", "y", "z"));
        cache.embed("a CV");
        assertEquals(5, calls.get(), "the least recently used entry was evicted at capacity 2");
        assertThrows(IllegalArgumentException.class, () -> new CachingTextEmbedder(counting, 0));
        assertThrows(IllegalArgumentException.class, () -> TextEmbedder.cosine(new float[2], new float[3]));
    }
}
