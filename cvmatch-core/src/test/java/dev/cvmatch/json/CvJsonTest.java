package dev.cvmatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvJsonTest {

    private static final String CV = String.join("\n",
            "Léa Moreau", "Comptable", "lea.moreau@exemple.fr | 07 61 98 77 05 | 44000 Nantes", "",
            "EXPÉRIENCE", "Comptable, Cabinet Durand & Associés\t03/2021 – Current", "Nantes, France",
            "Tenue de la comptabilité de 40 clients", "",
            "Assistante comptable, Groupe Atlantis\t2018 - 2021", "",
            "FORMATION", "2018", "BTS Comptabilité et gestion", "Lycée Livet", "",
            "LANGUES", "Anglais : B2", "",
            "CERTIFICATIONS", "Certificat Voltaire – Projet Voltaire (2020)");

    private final ParsedCv cv = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build()
            .parse(CV.getBytes(StandardCharsets.UTF_8));

    @Test
    void nativeJsonRoundTrips() {
        String json = CvJson.toJson(cv);
        assertTrue(json.contains("\"schema\" : \"" + CvJson.NATIVE_SCHEMA + "\""), json);
        ParsedCv back = CvJson.fromJson(json);
        assertEquals(cv, back);
    }

    @Test
    void jsonResumeFollowsTheSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CvJson.toJsonResume(cv));
        assertEquals("Léa Moreau", root.at("/basics/name").asText());
        assertEquals("Comptable", root.at("/basics/label").asText());
        assertEquals("Nantes", root.at("/basics/location/city").asText());
        assertEquals("FR", root.at("/basics/location/countryCode").asText());
        JsonNode current = root.at("/work/0");
        assertEquals("Cabinet Durand & Associés", current.get("name").asText());
        assertEquals("Comptable", current.get("position").asText());
        assertEquals("2021-03", current.get("startDate").asText());
        assertFalse(current.has("endDate"), "a current position has no endDate");
        JsonNode previous = root.at("/work/1");
        assertEquals("2018", previous.get("startDate").asText());
        assertEquals("2021", previous.get("endDate").asText());
        assertEquals("BTS", root.at("/education/0/studyType").asText());
        assertEquals("Comptabilité et gestion", root.at("/education/0/area").asText());
        assertEquals("2018", root.at("/education/0/endDate").asText());
        assertEquals("English", root.at("/languages/0/language").asText());
        assertEquals("Certificat Voltaire", root.at("/certificates/0/name").asText());
        assertEquals("2020", root.at("/certificates/0/date").asText());
        assertEquals(cv.totalExperienceMonths(), root.at("/meta/experience_months").asInt());
        assertEquals("B2", root.at("/meta/language_levels/en").asText());
        assertEquals(5, root.at("/meta/highest_education_eqf").asInt());
    }

    @Test
    void skillFormsGoToMetaByDefaultOrToKeywords() throws Exception {
        ParsedCv skilled = CvParser.builder().build().parse(String.join("\n", "Hugo Martin", "hugo@example.fr", "",
                "COMPÉTENCES", "Gestion de projet, JS, k8s", "", "EXPÉRIENCE", "Chef de projet, Acme, 2019 - 2021")
                .getBytes(StandardCharsets.UTF_8));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode surface = mapper.readTree(CvJson.toJsonResume(skilled, CvJson.SkillKeywords.SURFACE_FORMS));
        JsonNode none = mapper.readTree(CvJson.toJsonResume(skilled));
        assertEquals(none, mapper.readTree(CvJson.toJsonResume(skilled, CvJson.SkillKeywords.NONE)),
                "the default keeps keywords empty");
        assertEquals(surface.get("skills").size(), none.get("skills").size());
        for (int i = 0; i < surface.get("skills").size(); i++) {
            JsonNode withForms = surface.get("skills").get(i);
            JsonNode without = none.get("skills").get(i);
            assertEquals(withForms.get("name"), without.get("name"));
            assertEquals(0, without.get("keywords").size());
            assertEquals(withForms.get("keywords"), none.at("/meta/skill_surface_forms").get(without.get("id").asText()),
                    "the forms move to meta, none is lost");
        }
        assertTrue(surface.at("/skills").findValuesAsText("name").containsAll(List.of("Project management",
                "JavaScript", "Kubernetes")), surface.toString());
        assertTrue(surface.toString().contains("\"Gestion de projet\"") && surface.toString().contains("\"k8s\""));
        assertFalse(surface.at("/meta").has("skill_surface_forms"));
    }

    @Test
    void malformedNativeJsonIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> CvJson.fromJson("{\"contact\": 12"));
    }
}
