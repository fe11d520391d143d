package dev.cvmatch.internal.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * How the stores write analyses: JSON for the parsed CV, the job and the match result (field names are the record
 * component names, dates {@code YYYY-MM}), embeddings as little-endian IEEE 754 floats (raw bytes in a database,
 * base64 in JSON). Unknown JSON members are ignored, so an older reader reads a newer analysis.
 *
 * <p>Internal: {@link dev.cvmatch.json.CvJson} is the public JSON of a {@link ParsedCv}; this class is what the
 * stores persist, and will use the public JSON of jobs and results once it exists. Thread-safe.
 */
public final class AnalysisCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("cvmatch-store")
                    .addSerializer(PartialDate.class, new PartialDateSerializer())
                    .addDeserializer(PartialDate.class, new PartialDateDeserializer())
                    .addSerializer(Embedding.class, new EmbeddingSerializer())
                    .addDeserializer(Embedding.class, new EmbeddingDeserializer()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnalysisCodec() {
    }

    /**
     * JSON of a parsed CV, job, match result, analysis or message.
     *
     * @param value the value
     * @return compact JSON
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads JSON written by {@link #toJson}.
     *
     * @param json the JSON, or {@code null}
     * @param type what it holds
     * @param <T> the type
     * @return the value, or {@code null} for {@code null} JSON
     * @throws StoreException if the JSON is not of that type (a damaged store)
     */
    public static <T> T fromJson(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Reads a parsed CV.
     *
     * @param json its JSON, or {@code null}
     * @return the CV, or {@code null}
     */
    public static ParsedCv cv(String json) {
        return fromJson(json, ParsedCv.class);
    }

    /**
     * Reads a job.
     *
     * @param json its JSON, or {@code null}
     * @return the job, or {@code null}
     */
    public static JobRequirements job(String json) {
        return fromJson(json, JobRequirements.class);
    }

    /**
     * Reads a match result.
     *
     * @param json its JSON, or {@code null}
     * @return the result, or {@code null}
     */
    public static MatchResult result(String json) {
        return fromJson(json, MatchResult.class);
    }

    /**
     * Reads a whole analysis.
     *
     * @param json its JSON
     * @return the analysis
     */
    public static Analysis analysis(String json) {
        return fromJson(json, Analysis.class);
    }

    /**
     * Reads a queue message.
     *
     * @param json its JSON
     * @return the message
     * @throws StoreException if the JSON is not a message
     */
    public static AnalysisMessage message(String json) {
        AnalysisMessage message = fromJson(json, AnalysisMessage.class);
        if (message == null) {
            throw new StoreException("empty queue message");
        }
        return message;
    }

    /**
     * A vector as little-endian floats.
     *
     * @param vector the vector
     * @return 4 bytes per component
     */
    public static byte[] vectorBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /**
     * Reads {@link #vectorBytes}.
     *
     * @param bytes the bytes
     * @return the vector
     * @throws StoreException if the length is not a multiple of 4
     */
    public static float[] vector(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new StoreException("a stored vector has " + bytes.length + " bytes, not a multiple of 4");
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private static final class PartialDateSerializer extends JsonSerializer<PartialDate> {
        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return PartialDate.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, p.getValueAsString(),
                        e.getMessage());
            }
        }
    }

    private static final class EmbeddingSerializer extends JsonSerializer<Embedding> {
        @Override
        public void serialize(Embedding value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("space", value.space());
            gen.writeStringField("vector", Base64.getEncoder().encodeToString(vectorBytes(value.vector())));
            gen.writeEndObject();
        }
    }

    private static final class EmbeddingDeserializer extends JsonDeserializer<Embedding> {
        @Override
        public Embedding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            JsonNode space = node.get("space");
            JsonNode vector = node.get("vector");
            if (space == null || vector == null || !space.isTextual() || !vector.isTextual()) {
                return (Embedding) ctxt.handleUnexpectedToken(Embedding.class, p);
            }
            return new Embedding(space.asText(), vector(Base64.getDecoder().decode(vector.asText())));
        }
    }
}
