package dev.cvmatch.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankedCandidate;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 ({@code tools.jackson}) module of cvmatch, the Jackson of Spring Boot 4: a {@code JsonMapper} with
 * it writes {@link ParsedCv}, {@link JobRequirements}, {@link MatchResult} and {@link RankedCandidate} in the native
 * schema of {@link CvJson} (with their {@code schema} member, wherever they appear), {@link PartialDate} as
 * {@code "YYYY-MM"} or {@code "YYYY"}, and reads them back. The output is the same, byte for byte once formatted
 * alike, as {@link CvJson}'s and {@link CvMatchJacksonModule}'s: the trees are built once, by {@link CvJson}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CvMatchJackson3Module()).build();
 * String json = mapper.writeValueAsString(parsedCv);
 * }</pre>
 *
 * <p>The Spring Boot starter registers it as a bean, which Spring Boot adds to its {@code JsonMapper}: a controller
 * returning a {@code ParsedCv} answers {@link CvJson#toJson(ParsedCv)}'s schema. Also found by
 * {@code MapperBuilder.findAndAddModules()} ({@code META-INF/services}).
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} 3.x, an optional dependency of cvmatch-core: without it,
 * this class cannot be loaded, and nothing else in cvmatch needs it.
 */
public final class CvMatchJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CvMatchJackson3Module() {
        super("cvmatch", Version.unknownVersion());
        addSerializer(PartialDate.class, new PartialDateSerializer());
        addDeserializer(PartialDate.class, new PartialDateDeserializer());
        add(ParsedCv.class, CvJson::toJsonTree);
        add(JobRequirements.class, CvJson::toJsonTree);
        add(MatchResult.class, CvJson::toJsonTree);
        add(RankedCandidate.class, CvJson::toJsonTree);
    }

    private <T> void add(Class<T> type, Function<T, ObjectNode> tree) {
        addSerializer(type, new TreeSerializer<>(type, tree));
        addDeserializer(type, new TreeDeserializer<>(type));
    }

    /** Writes a Jackson 2 tree (built by {@link CvJson}) to a Jackson 3 generator. */
    static void write(JsonNode node, JsonGenerator gen) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                gen.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    gen.writeName(field.getKey());
                    write(field.getValue(), gen);
                }
                gen.writeEndObject();
            }
            case ARRAY -> {
                gen.writeStartArray();
                for (JsonNode element : node) {
                    write(element, gen);
                }
                gen.writeEndArray();
            }
            case STRING -> gen.writeString(node.textValue());
            case BOOLEAN -> gen.writeBoolean(node.booleanValue());
            case NUMBER -> {
                if (node.isInt() || node.isShort()) {
                    gen.writeNumber(node.intValue());
                } else if (node.isLong()) {
                    gen.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    gen.writeNumber(node.bigIntegerValue());
                } else if (node.isBigDecimal()) {
                    gen.writeNumber(node.decimalValue());
                } else if (node.isFloat()) {
                    gen.writeNumber(node.floatValue());
                } else {
                    gen.writeNumber(node.doubleValue());
                }
            }
            case NULL, MISSING -> gen.writeNull();
            default -> throw new IllegalStateException("unexpected JSON node " + node.getNodeType());
        }
    }

    private static final class TreeSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final Function<T, ObjectNode> tree;

        TreeSerializer(Class<T> type, Function<T, ObjectNode> tree) {
            this.type = type;
            this.tree = tree;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            write(tree.apply(value), gen);
        }
    }

    private static final class TreeDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;

        TreeDeserializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            tools.jackson.databind.JsonNode tree = ctxt.readTree(p);
            try {
                return CvJson.fromJson(tree.toString(), type);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(type, "%s", e.getMessage());
            }
        }
    }

    private static final class PartialDateSerializer extends ValueSerializer<PartialDate> {
        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    private static final class PartialDateDeserializer extends ValueDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, text, e.getMessage());
            }
        }
    }
}
