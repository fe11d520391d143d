package dev.cvmatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.occupation.NormalizedOccupation;
import dev.cvmatch.occupation.OccupationNormalizer;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Occupations in the native JSON (CV positions, job) and in the JSON Resume export's {@code meta}. */
class OccupationJsonTest {

    private static final String CV = String.join("\n",
            "John Carter", "john.carter@example.com | +44 20 7946 0958", "",
            "EXPERIENCE", "Senior Accountant, Northwind Ltd\t03/2021 - Present", "London, UK",
            "Month-end close for 12 entities", "",
            "Lorem Ipsum Dolor, Contoso\t2017 - 2021", "Various duties", "",
            "EDUCATION", "2017", "BSc Accounting", "University of Leeds");
    private static final String JOB = String.join("\n", "Comptable (H/F)", "",
            "Profil recherché", "- 3 ans d'expérience minimum", "- Excel, SAP");

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ParsedCv WITH = CvParser.builder().referenceMonth(YearMonth.of(2025, 6))
            .detectLanguage(false).occupations(OccupationNormalizer.defaults()).build().parseText(CV);
    private static final ParsedCv WITHOUT = CvParser.builder().referenceMonth(YearMonth.of(2025, 6))
            .detectLanguage(false).build().parseText(CV);
    private static final JobRequirements JOB_WITH = JobDescriptionParser.builder()
            .occupations(OccupationNormalizer.defaults()).build().parseText(JOB);

    @Test
    void positionsCarryTheirOccupationAndRoundTrip() throws Exception {
        NormalizedOccupation accountant = WITH.experience().get(0).occupation();
        assertNotNull(accountant, WITH.experience().toString());
        JsonNode occupation = PLAIN.readTree(CvJson.toJson(WITH)).at("/experience/0/occupation");
        assertEquals(accountant.id(), occupation.get("id").asText());
        assertEquals("accountant", occupation.get("labelEn").asText());
        assertEquals(accountant.labelFr(), occupation.get("labelFr").asText());
        assertEquals("2411", occupation.get("iscoCode").asText());
        assertEquals(accountant.confidence(), occupation.get("confidence").asDouble());
        assertFalse(PLAIN.readTree(CvJson.toJson(WITH)).at("/experience/1").has("occupation"),
                "a position without occupation has no member");
        assertEquals(WITH, CvJson.fromJson(CvJson.toJson(WITH)));
        assertEquals(WITH, JsonMapper.builder().addModule(new CvMatchJacksonModule()).build()
                .readValue(CvJson.toJson(WITH), ParsedCv.class), "Jackson 2 reads the canonical constructor");
        assertEquals(WITH, tools.jackson.databind.json.JsonMapper.builder().addModule(new CvMatchJackson3Module())
                .build().readValue(CvJson.toJson(WITH), ParsedCv.class), "Jackson 3 too");
    }

    @Test
    void theJobCarriesItsOccupationAndRoundTrips() throws Exception {
        assertNotNull(JOB_WITH.occupation(), "title " + JOB_WITH.title());
        JsonNode job = PLAIN.readTree(CvJson.toJson(JOB_WITH));
        assertEquals(WITH.experience().get(0).occupation().id(), job.at("/occupation/id").asText(),
                "'Comptable' and 'Senior Accountant' are one occupation");
        assertEquals(JOB_WITH, CvJson.fromJson(CvJson.toJson(JOB_WITH), JobRequirements.class));
        JobRequirements off = JobDescriptionParser.builder().build().parseText(JOB);
        assertFalse(PLAIN.readTree(CvJson.toJson(off)).has("occupation"));
    }

    @Test
    void jsonResumeListsThemUnderMetaParallelToWork() throws Exception {
        JsonNode root = PLAIN.readTree(CvJson.toJsonResume(WITH));
        JsonNode occupations = root.at("/meta/work_occupations");
        assertEquals(root.get("work").size(), occupations.size());
        assertEquals(PLAIN.readTree(CvJson.toJson(WITH)).at("/experience/0/occupation"), occupations.get(0),
                "the same object as the native JSON");
        assertTrue(occupations.get(1).isNull(), "null for a position without occupation");
        assertFalse(root.at("/work/0").has("occupation"), "work[] keeps to the schema's members");
        JsonNode off = PLAIN.readTree(CvJson.toJsonResume(WITHOUT));
        assertFalse(off.get("meta").has("work_occupations"), "absent when occupations are off");
        assertEquals(off.get("work"), root.get("work"));
    }
}
