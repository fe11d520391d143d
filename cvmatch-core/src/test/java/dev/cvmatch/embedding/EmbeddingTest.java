package dev.cvmatch.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvmatch.skill.SkillNormalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Embedding's cosine is TextEmbedder.cosine to the last bit, sparse or dense; the record stays immutable. */
class EmbeddingTest {

    @Test
    void sparseAndDenseCosinesAreBitForBitTheReference() {
        TextEmbedder lexical = new LexicalTextEmbedder(SkillNormalizer.createDefault());
        List<String> texts = List.of("Senior Java developer, Spring Boot and PostgreSQL",
                "Infirmière de bloc opératoire, soins intensifs", "Java", "", "Kubernetes Docker Terraform AWS");
        for (String a : texts) {
            for (String b : texts) {
                float[] va = lexical.embed(a);
                float[] vb = lexical.embed(b);
                assertEquals(TextEmbedder.cosine(va, vb), new Embedding("lexical", va).cosine(
                        new Embedding("lexical", vb)), 0.0, a + " / " + b);
            }
        }
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            float[] dense = new float[384];
            float[] sparse = new float[384];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = (float) random.nextGaussian();
                sparse[i] = random.nextInt(10) == 0 ? (float) random.nextGaussian() : 0f;
            }
            assertEquals(TextEmbedder.cosine(dense, sparse),
                    new Embedding("s", dense).cosine(new Embedding("s", sparse)), 0.0);
            assertEquals(TextEmbedder.cosine(sparse, dense),
                    new Embedding("s", sparse).cosine(new Embedding("s", dense)), 0.0);
            assertEquals(TextEmbedder.cosine(dense, dense),
                    new Embedding("s", dense).cosine(new Embedding("s", dense)), 0.0);
        }
    }

    @Test
    void spacesAndDimensionsMustAgree() {
        Embedding a = new Embedding("lexical", new float[] {1, 0, 0});
        assertThrows(IllegalArgumentException.class, () -> a.cosine(new Embedding("minilm", new float[] {1, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> a.cosine(new Embedding("lexical", new float[] {1, 0})));
        assertEquals(0, a.cosine(new Embedding("lexical", new float[3])));
        assertThrows(IllegalArgumentException.class, () -> new Embedding(" ", new float[1]));
        assertThrows(IllegalArgumentException.class, () -> new Embedding("x", new float[0]));
    }

    @Test
    void theVectorIsCopiedInAndOut() {
        float[] v = {1, 2, 3};
        Embedding e = new Embedding("x", v);
        v[0] = 9;
        e.vector()[1] = 9;
        assertArrayEquals(new float[] {1, 2, 3}, e.vector());
        assertEquals(new Embedding("x", new float[] {1, 2, 3}), e);
        assertEquals(new Embedding("x", new float[] {1, 2, 3}).hashCode(), e.hashCode());
        assertNotEquals(new Embedding("y", new float[] {1, 2, 3}), e);
    }
}
