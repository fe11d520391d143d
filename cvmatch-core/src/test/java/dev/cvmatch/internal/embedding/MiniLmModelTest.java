package dev.cvmatch.internal.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmModelTest {

    private static final List<String> TEXTS = List.of(
            "Java developer",
            "Développeuse Java / Kotlin, 8 ans d'expérience : Spring Boot, PostgreSQL, Kafka (Lyon, France)",
            "Registered nurse on a surgical ward; wound care, patient education and IV therapy. ".repeat(40));

    /** The same vectors as langchain4j's own model class, bit for bit, from the jar entry and from a file. */
    @Test
    void givesLangchain4jsVectorsFromTheJarAndFromAFile(@TempDir Path dir) throws IOException {
        EmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        EmbeddingModel fromJar = MiniLmModel.load();
        Path copy = dir.resolve("model.onnx");
        try (InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(MiniLmModel.MODEL_RESOURCE)) {
            Files.copy(in, copy);
        }
        EmbeddingModel fromFile;
        System.setProperty(MiniLmModel.MODEL_FILE_PROPERTY, copy.toString());
        try {
            assertEquals(copy, MiniLmModel.modelFile());
            fromFile = MiniLmModel.load();
        } finally {
            System.clearProperty(MiniLmModel.MODEL_FILE_PROPERTY);
        }
        for (String text : TEXTS) {
            float[] expected = reference.embed(text).content().vector();
            assertArrayEquals(expected, fromJar.embed(text).content().vector(), 0f, text);
            assertArrayEquals(expected, fromFile.embed(text).content().vector(), 0f, text);
        }
        List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
        var expected = reference.embedAll(segments).content();
        var actual = fromFile.embedAll(segments).content();
        for (int i = 0; i < TEXTS.size(); i++) {
            assertArrayEquals(expected.get(i).vector(), actual.get(i).vector(), 0f);
        }
    }

    @Test
    void readsTheJarEntryWhole() throws IOException {
        ClassLoader loader = MiniLmModel.class.getClassLoader();
        byte[] bytes = MiniLmModel.readResource(loader, MiniLmModel.MODEL_RESOURCE);
        try (InputStream in = loader.getResourceAsStream(MiniLmModel.MODEL_RESOURCE)) {
            assertArrayEquals(in.readAllBytes(), bytes);
        }
        assertThrows(IllegalStateException.class, () -> MiniLmModel.readResource(loader, "no-such-model.onnx"));
    }

    @Test
    void ignoresAPropertyThatNamesNoFile(@TempDir Path dir) {
        System.setProperty(MiniLmModel.MODEL_FILE_PROPERTY, dir.resolve("missing.onnx").toString());
        try {
            assertNull(MiniLmModel.modelFile());
            System.setProperty(MiniLmModel.MODEL_FILE_PROPERTY, dir.toString());
            assertNull(MiniLmModel.modelFile());
        } finally {
            System.clearProperty(MiniLmModel.MODEL_FILE_PROPERTY);
        }
    }
}
