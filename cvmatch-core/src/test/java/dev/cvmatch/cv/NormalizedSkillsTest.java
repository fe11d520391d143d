package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.json.CvJson;
import dev.cvmatch.skill.SkillCategory;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizedSkillsTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();
    private final ParsedCv cv = PARSER.parse(CvParserTest.FRENCH.getBytes(StandardCharsets.UTF_8));

    private NormalizedSkill skill(String name) {
        return cv.skills().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + cv.skills().stream()
                        .map(NormalizedSkill::name).toList()));
    }

    @Test
    void skillsCarryEvidenceMonthsOfUseAndLastUse() {
        NormalizedSkill java = skill("Java");
        assertTrue(java.id() != null && !java.id().isBlank());
        assertEquals(SkillCategory.PROGRAMMING_LANGUAGE, java.category());
        List<SectionType> sections = java.evidence().stream().map(SkillEvidence::section).distinct().toList();
        assertTrue(sections.containsAll(List.of(SectionType.SKILLS, SectionType.EXPERIENCE)), sections.toString());
        // Java appears in both positions: janv. 2020 - juin 2025 (66 months) and sept. 2016 - déc. 2019 (40)
        assertEquals(106, java.monthsOfUse());
        assertEquals(PartialDate.of(2025, 6), java.lastUsed());

        NormalizedSkill kubernetes = skill("Kubernetes");
        assertEquals(66, kubernetes.monthsOfUse(), "only the current position mentions Kubernetes");
        assertTrue(kubernetes.evidence().stream().anyMatch(e -> e.experienceIndex() == 0));

        NormalizedSkill kotlin = skill("Kotlin");
        assertEquals(0, kotlin.monthsOfUse(), "listed only in the skills section");
        assertNull(kotlin.lastUsed());
        assertTrue(kotlin.evidence().stream().allMatch(e -> e.section() == SectionType.SKILLS));

        NormalizedSkill rest = skill("REST APIs");
        assertEquals("API REST", rest.nameFr());
        assertEquals(List.of("API REST"), rest.surfaceForms());
    }

    @Test
    void evidenceProvenancePointsAtTheSurfaceForm() {
        var document = dev.cvmatch.document.DocumentTextExtractor.defaults()
                .extract(CvParserTest.FRENCH.getBytes(StandardCharsets.UTF_8));
        ParsedCv parsed = PARSER.parse(document);
        for (NormalizedSkill s : parsed.skills()) {
            for (SkillEvidence e : s.evidence()) {
                assertEquals(e.surfaceForm(), document.text().substring(e.provenance().start(),
                        e.provenance().end()), s.name());
            }
        }
    }

    @Test
    void sentencesInASkillsSectionAreReadAsProse() {
        String text = String.join("\n", "Jane Roe", "jane.roe@example.com", "", "SKILLS",
                "Java, Spring, R, Docker", "Delivers quality output in less time without losing efficiency.",
                "Led the R&D team", "", "EXPERIENCE", "Developer, Acme Ltd, 2019 - 2021");
        List<String> names = PARSER.parse(text.getBytes(StandardCharsets.UTF_8)).skills().stream()
                .map(NormalizedSkill::name).toList();
        assertTrue(names.containsAll(List.of("Java", "Spring", "R", "Docker")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equalsIgnoreCase("LESS")), "'less time' is prose: " + names);
        assertEquals(1, names.stream().filter("R"::equals).count(), "R&D is not R: " + names);
    }

    @Test
    void spokenLanguagesAndHobbiesAreNotSkills() {
        assertTrue(cv.skills().stream().noneMatch(s -> s.name().equals("French") || s.name().equals("Photography")));
    }

    @Test
    void jsonResumeSkillsAreCanonicalWithIdsAndSurfaceForms() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CvJson.toJsonResume(cv, CvJson.SkillKeywords.SURFACE_FORMS));
        JsonNode rest = null;
        for (JsonNode s : root.get("skills")) {
            if ("REST APIs".equals(s.get("name").asText())) {
                rest = s;
            }
        }
        assertTrue(rest != null, root.get("skills").toString());
        assertEquals("cvmatch:rest-api", rest.get("id").asText());
        assertEquals("API REST", rest.get("keywords").get(0).asText());
        JsonNode byDefault = new ObjectMapper().readTree(CvJson.toJsonResume(cv));
        assertEquals("API REST", byDefault.at("/meta/skill_surface_forms/cvmatch:rest-api/0").asText());
    }

    @Test
    void programmingLanguagesUnderALanguagesLabelWrappedItemsAndWrappedSentences() {
        ParsedCv parsed = PARSER.parse(String.join("\n", "Camille Durand", "camille.durand@example.fr", "",
                "SKILLS", "Languages", "Kotlin, Swift, TS", "Finance", "SAP, Contrôle",
                "budgétaire, Consolidation", "", "LANGUAGES", "French (native), English (fluent)", "",
                "EXPERIENCE", "Financial controller, Acme, Jan 2020 - Jun 2025",
                "Monthly variance analysis for the board, built with", "Tableau").getBytes(StandardCharsets.UTF_8));
        List<String> names = parsed.skills().stream().map(NormalizedSkill::name).toList();
        assertTrue(names.containsAll(List.of("Kotlin", "Swift", "TypeScript")),
                "a Languages label over programming languages: " + names);
        assertEquals(List.of("French", "English"), parsed.languages().stream().map(LanguageSkill::language).toList());
        NormalizedSkill budgeting = parsed.skills().stream().filter(s -> s.name().equals("Budgeting")).findFirst()
                .orElseThrow(() -> new AssertionError("an item wrapped over two lines: " + names));
        assertEquals(List.of("Contrôle budgétaire"), budgeting.surfaceForms());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Contrôle")), names.toString());
        NormalizedSkill tableau = parsed.skills().stream().filter(s -> s.name().equals("Tableau")).findFirst()
                .orElseThrow(() -> new AssertionError("a sentence wrapped after \"with\": " + names));
        assertEquals(66, tableau.monthsOfUse());
        assertEquals("Monthly variance analysis for the board, built with Tableau",
                parsed.experience().get(0).description().get(0));
    }
}
