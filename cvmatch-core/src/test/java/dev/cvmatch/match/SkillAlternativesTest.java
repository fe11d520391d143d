package dev.cvmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.job.JobSkill;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Skills a job accepts one of ("Tableau or Power BI", "AWS, GCP ou Azure"): a CV showing one meets the requirement,
 * a CV showing none misses it once, and skills asked for together stay separate requirements.
 */
class SkillAlternativesTest {

    private static final YearMonth REFERENCE = YearMonth.of(2025, 6);
    private static final JobDescriptionParser JOBS = JobDescriptionParser.builder().build();
    private static final CvParser CVS = CvParser.builder().referenceMonth(REFERENCE).build();
    private static final JobMatcher MATCHER = JobMatcher.builder()
            .options(MatchOptions.builder().referenceMonth(REFERENCE).build()).build();

    private static JobRequirements job(String... requirements) {
        StringBuilder text = new StringBuilder("Data Analyst\n\nRequirements\n");
        for (String r : requirements) {
            text.append("- ").append(r).append('\n');
        }
        return JOBS.parseText(text.toString());
    }

    private static Map<String, JobSkill> required(JobRequirements job) {
        return job.requiredSkills().stream().collect(Collectors.toMap(JobSkill::name, Function.identity()));
    }

    private static ParsedCv cv(String tool) {
        return CVS.parse(String.join("\n", "Jo Doe", "jo.doe@example.com", "", "EXPERIENCE", "",
                "Data Analyst, Acme Corp", "Jan 2019 - May 2025", "- Built dashboards in " + tool + " over SQL data",
                "", "SKILLS", "SQL, " + tool).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void skillsJoinedByOrAreAlternativesOfEachOther() {
        Map<String, JobSkill> skills = required(job("Experience with Tableau or Power BI", "SQL and Python"));
        assertEquals(List.of(skills.get("Power BI").id()), skills.get("Tableau").alternatives());
        assertEquals(List.of(skills.get("Tableau").id()), skills.get("Power BI").alternatives());
        assertEquals(List.of(), skills.get("SQL").alternatives(), "asked for together");
        assertEquals(List.of(), skills.get("Python").alternatives());

        Map<String, JobSkill> french = required(job("Une expérience d'AWS, GCP ou Azure"));
        assertEquals(2, french.get("AWS").alternatives().size(), french.toString());
        Map<String, JobSkill> listThenOr = required(job("Java, Spring, Docker or Kubernetes"));
        assertEquals(List.of(), listThenOr.get("Java").alternatives(), "a comma list before the 'or' is not");
        assertEquals(List.of(listThenOr.get("Kubernetes").id()), listThenOr.get("Docker").alternatives());
        Map<String, JobSkill> slash = required(job("HTML/CSS"));
        assertTrue(slash.values().stream().allMatch(s -> s.alternatives().isEmpty()), "a slash is not an 'or'");
    }

    @Test
    void oneOfTheAlternativesMeetsTheRequirementAndNoneMissesItOnce() {
        JobRequirements either = job("Experience with Tableau or Power BI", "SQL");
        JobRequirements tableauOnly = job("Experience with Tableau", "SQL");
        MatchResult withPowerBi = MATCHER.match(cv("Power BI"), either);
        MatchResult withTableau = MATCHER.match(cv("Tableau"), either);
        assertEquals(1.0, withPowerBi.breakdown().get(0).score(), 1e-9, withPowerBi.breakdown().get(0).explanation());
        assertTrue(withPowerBi.missingSkills().isEmpty(), withPowerBi.missingSkills().toString());
        assertEquals(withTableau.score(), MATCHER.match(cv("Tableau"), tableauOnly).score(), 0.5,
                "an alternative the CV lacks costs nothing when it shows the other");

        MatchResult neither = MATCHER.match(cv("Excel"), either);
        assertEquals(List.of("Tableau or Power BI"),
                neither.missingSkills().stream().map(MissingSkill::name).toList());
        assertTrue(neither.breakdown().get(0).explanation().contains("1 of 2 required skills shown"),
                neither.breakdown().get(0).explanation());
        assertTrue(neither.score() < withPowerBi.score(), neither.score() + " vs " + withPowerBi.score());
    }
}
