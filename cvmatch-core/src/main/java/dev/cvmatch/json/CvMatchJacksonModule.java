package dev.cvmatch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankedCandidate;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson 2 ({@code com.fasterxml.jackson}) module of cvmatch: an {@code ObjectMapper} with it writes
 * {@link ParsedCv}, {@link JobRequirements}, {@link MatchResult} and {@link RankedCandidate} in the native schema
 * of {@link CvJson} (with their {@code schema} member, wherever they appear), {@link PartialDate} as
 * {@code "YYYY-MM"} or {@code "YYYY"}, and reads them back.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CvMatchJacksonModule()).build();
 * String json = mapper.writeValueAsString(parsedCv);       // the same as CvJson.toJson(parsedCv)
 * ParsedCv back = mapper.readValue(json, ParsedCv.class);
 * }</pre>
 *
 * <p>Also found by {@code ObjectMapper.findAndRegisterModules()} ({@code META-INF/services}). For Jackson 3 (Spring
 * Boot 4), use {@link CvMatchJackson3Module}.
 */
public final class CvMatchJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CvMatchJacksonModule() {
        super("cvmatch", Version.unknownVersion());
        addSerializer(PartialDate.class, new CvJson.PartialDateSerializer());
        addDeserializer(PartialDate.class, new CvJson.PartialDateDeserializer());
        add(ParsedCv.class, CvJson::toJsonTree);
        add(JobRequirements.class, CvJson::toJsonTree);
        add(MatchResult.class, CvJson::toJsonTree);
        add(RankedCandidate.class, CvJson::toJsonTree);
    }

    private <T> void add(Class<T> type, Function<T, ObjectNode> tree) {
        addSerializer(type, new TreeSerializer<>(type, tree));
        addDeserializer(type, new TreeDeserializer<>(type));
    }

    @Override
    public String getModuleName() {
        return "cvmatch";
    }

    /** Writes the {@link CvJson} tree of a value. */
    private static final class TreeSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Function<T, ObjectNode> tree;

        TreeSerializer(Class<T> type, Function<T, ObjectNode> tree) {
            this.type = type;
            this.tree = tree;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            tree.apply(value).serialize(gen, serializers);
        }
    }

    /** Reads a value from its {@link CvJson} tree. */
    private static final class TreeDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;

        TreeDeserializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            try {
                return CvJson.fromJsonTree(tree, type);
            } catch (IllegalArgumentException e) {
                InvalidFormatException invalid = InvalidFormatException.from(p, e.getMessage(), tree, type);
                invalid.initCause(e);
                throw invalid;
            }
        }
    }
}
