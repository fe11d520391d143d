package dev.cvmatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One schema for the four result types, whichever way they are written: {@link CvJson}, a Jackson 2 mapper with
 * {@link CvMatchJacksonModule}, a Jackson 3 mapper with {@link CvMatchJackson3Module}.
 */
class ResultJsonTest {

    private static final String CV = String.join("\n", "Camille Martin", "camille.martin@example.fr | 06 12 34 56 78",
            "", "EXPÉRIENCE", "Développeuse Java, Acme, Lyon, janv. 2019 - déc. 2024",
            "Microservices Spring Boot et PostgreSQL", "", "FORMATION", "Master Informatique, Université de Lyon, 2018",
            "", "COMPÉTENCES", "Java, Spring Boot, PostgreSQL", "", "LANGUES", "Anglais : C1");
    private static final String JOB = String.join("\n", "Développeur Java (H/F)", "Lyon, hybride, CDI", "",
            "Profil recherché", "- Java et Spring Boot", "- Kubernetes", "- 3 ans d'expérience minimum",
            "- Anglais courant", "", "Un plus", "- Kafka");

    private static final ParsedCv PARSED = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build()
            .parse(CV.getBytes(StandardCharsets.UTF_8));
    private static final JobRequirements JOB_REQUIREMENTS = JobDescriptionParser.builder().build().parseText(JOB);
    private static final JobMatcher MATCHER = JobMatcher.builder().build();
    private static final MatchResult RESULT = MATCHER.match(PARSED, JOB_REQUIREMENTS);
    private static final List<RankedCandidate> RANKING = MATCHER.rank(List.of(new Candidate("camille.pdf", PARSED),
            new Candidate("other.pdf", PARSED)), JOB_REQUIREMENTS, new RankOptions(10, 0, 1));

    private static final ObjectMapper JACKSON2 = JsonMapper.builder().addModule(new CvMatchJacksonModule()).build();
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 = tools.jackson.databind.json.JsonMapper
            .builder().addModule(new CvMatchJackson3Module()).build();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final Map<Object, String> SCHEMAS = Map.of(PARSED, CvJson.NATIVE_SCHEMA, JOB_REQUIREMENTS,
            CvJson.JOB_REQUIREMENTS_SCHEMA, RESULT, CvJson.MATCH_RESULT_SCHEMA, RANKING.get(0),
            CvJson.RANKED_CANDIDATE_SCHEMA);

    private static String cvJson(Object value) {
        if (value instanceof ParsedCv cv) {
            return CvJson.toJson(cv);
        } else if (value instanceof JobRequirements job) {
            return CvJson.toJson(job);
        } else if (value instanceof MatchResult result) {
            return CvJson.toJson(result);
        }
        return CvJson.toJson((RankedCandidate) value);
    }

    @Test
    void everyTypeHasItsSchemaAndRoundTripsThroughCvJson() throws Exception {
        SCHEMAS.forEach((value, schema) -> {
            String json = cvJson(value);
            assertTrue(json.contains("\"schema\" : \"" + schema + "\""), json);
            assertEquals(value, CvJson.fromJson(json, value.getClass()), schema);
        });
        assertFalse(RESULT.matchedSkills().isEmpty(), "the fixture matches skills");
        assertFalse(RESULT.missingSkills().isEmpty(), "the fixture misses Kubernetes");
    }

    @Test
    void jackson2AndJackson3WriteExactlyTheCvJsonTree() throws Exception {
        for (Object value : SCHEMAS.keySet()) {
            JsonNode expected = PLAIN.readTree(cvJson(value));
            assertEquals(expected, PLAIN.readTree(JACKSON2.writeValueAsString(value)), "Jackson 2: " + value);
            assertEquals(expected, PLAIN.readTree(JACKSON3.writeValueAsString(value)), "Jackson 3: " + value);
            assertEquals(value, JACKSON2.readValue(cvJson(value), value.getClass()));
            assertEquals(value, JACKSON3.readValue(cvJson(value), value.getClass()));
        }
        JsonNode ranking = PLAIN.readTree(CvJson.toJson(RANKING));
        assertEquals(ranking, PLAIN.readTree(JACKSON2.writeValueAsString(RANKING)));
        assertEquals(ranking, PLAIN.readTree(JACKSON3.writeValueAsString(RANKING)));
        assertEquals(RANKING, JACKSON2.readValue(CvJson.toJson(RANKING), new TypeReference<List<RankedCandidate>>() {
        }));
    }

    @Test
    void nestedRecordsAndDatesUseTheSchemaToo() throws Exception {
        // a record inside an application's own object: dates as YYYY-MM, not {"year":2019,"month":1}
        WorkExperience position = PARSED.experience().get(0);
        JsonNode viaJackson2 = PLAIN.readTree(JACKSON2.writeValueAsString(Map.of("position", position)));
        JsonNode viaJackson3 = PLAIN.readTree(JACKSON3.writeValueAsString(Map.of("position", position)));
        assertEquals("2019-01", viaJackson2.at("/position/start").asText());
        assertEquals(viaJackson2, viaJackson3);
        assertFalse(viaJackson2.at("/position").has("location") && viaJackson2.at("/position/location").isNull(),
                "absent values are omitted");
    }

    @Test
    void matchResultShapeIsTheRecordsImage() throws Exception {
        JsonNode result = PLAIN.readTree(CvJson.toJson(RESULT));
        assertEquals(RESULT.score(), result.get("score").asDouble());
        JsonNode breakdown = result.get("breakdown");
        assertTrue(breakdown.isArray(), "breakdown is an array in the record's order");
        assertEquals(RESULT.breakdown().size(), breakdown.size());
        for (int i = 0; i < breakdown.size(); i++) {
            assertEquals(RESULT.breakdown().get(i).name(), breakdown.get(i).get("name").asText());
            assertTrue(breakdown.get(i).has("contribution") && breakdown.get(i).has("applicable"));
        }
        assertEquals("cvmatch:kubernetes", result.at("/missingSkills/0/id").asText(), result.toString());
        JsonNode ranked = PLAIN.readTree(CvJson.toJson(RANKING.get(0)));
        assertEquals(1, ranked.get("rank").asInt());
        assertEquals("camille.pdf", ranked.get("id").asText());
        assertFalse(ranked.get("result").has("schema"), "nested objects carry no schema member");
        assertEquals(result.get("breakdown"), ranked.at("/result/breakdown"));
    }

    @Test
    void readingChecksTheSchemaMember() {
        String job = CvJson.toJson(JOB_REQUIREMENTS);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> CvJson.fromJson(job));
        assertTrue(wrong.getMessage().contains(CvJson.JOB_REQUIREMENTS_SCHEMA), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CvJson.fromJson("[1, 2]", MatchResult.class));
        assertThrows(IllegalArgumentException.class, () -> CvJson.fromJson("{", MatchResult.class));
        assertThrows(IllegalArgumentException.class, () -> CvJson.fromJson("{}", String.class));
        assertThrows(tools.jackson.core.JacksonException.class, () -> JACKSON3.readValue(job, ParsedCv.class));
        assertThrows(com.fasterxml.jackson.core.JacksonException.class, () -> JACKSON2.readValue(job, ParsedCv.class));
    }

    @Test
    void bothModulesAreFoundByServiceLoader() throws Exception {
        ObjectMapper found2 = JsonMapper.builder().findAndAddModules().build();
        tools.jackson.databind.json.JsonMapper found3 = tools.jackson.databind.json.JsonMapper.builder()
                .findAndAddModules().build();
        JsonNode expected = PLAIN.readTree(CvJson.toJson(PARSED));
        assertEquals(expected, PLAIN.readTree(found2.writeValueAsString(PARSED)));
        assertEquals(expected, PLAIN.readTree(found3.writeValueAsString(PARSED)));
    }
}
