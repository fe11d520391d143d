package dev.cvmatch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CefrLevel;
import dev.cvmatch.cv.EducationLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job descriptions as recruiters write them: requirements stated in passing, in one sentence with a preference. */
class JobDescriptionPhrasingTest {

    private static final JobDescriptionParser PARSER = JobDescriptionParser.builder().build();

    private static JobRequirements parse(String... lines) {
        return PARSER.parseText(String.join("\n", lines));
    }

    private static List<String> codes(JobRequirements job) {
        return job.languages().stream().map(LanguageRequirement::code).toList();
    }

    @Test
    void aRequiredLanguageNextToAPreferredOneIsKept() {
        JobRequirements oneLine = parse("Data analyst", "", "Requirements", "- SQL and Python",
                "- Fluent English; French is a plus");
        assertEquals(List.of("en"), codes(oneLine), oneLine.languages().toString());
        assertEquals(CefrLevel.C1, oneLine.languages().get(0).minLevel());
        JobRequirements twoLines = parse("Data analyst", "", "Requirements", "- SQL and Python", "- Fluent English",
                "- French is a plus");
        assertEquals(List.of("en"), codes(twoLines), "French is preferred, not required");
        JobRequirements french = parse("Analyste de données", "", "Profil recherché", "- SQL, Python",
                "- Anglais courant ; l'allemand serait un plus");
        assertEquals(List.of("en"), codes(french), french.languages().toString());
        // the preferred ones are kept as such, whatever the line they are on
        for (JobRequirements job : List.of(oneLine, twoLines)) {
            assertEquals(List.of("fr"), job.preferredLanguages().stream().map(l -> l.code()).toList(),
                    job.preferredLanguages().toString());
        }
        assertEquals(List.of("de"), french.preferredLanguages().stream().map(l -> l.code()).toList());
        JobRequirements both = parse("Data analyst", "", "Requirements", "- Fluent English", "- English C2 is a plus");
        assertEquals(List.of("en"), codes(both));
        assertTrue(both.preferredLanguages().isEmpty(), "a required language is not also preferred");
    }

    @Test
    void contractTypesStatedInASentenceAnywhere() {
        assertEquals(ContractType.PERMANENT, parse("Data analyst", "", "About the job",
                "We are growing fast.", "Permanent contract.", "", "Requirements", "- SQL").contractType());
        assertEquals(ContractType.PERMANENT, parse("Data analyst", "", "Requirements", "- SQL", "",
                "What we offer", "This is a permanent position with a yearly bonus.").contractType());
        assertEquals(ContractType.FIXED_TERM, parse("Data analyst", "", "Requirements", "- SQL", "",
                "Conditions", "Fixed-term contract of 12 months, based in Lyon.").contractType());
        assertEquals(ContractType.PERMANENT, parse("Analyste de données", "", "Profil recherché", "- SQL", "",
                "Ce que nous offrons", "Poste en CDI, télétravail partiel.").contractType());
        // words that only look like a contract are not one
        assertNull(parse("Data analyst", "", "Requirements", "- SQL", "",
                "About us", "Our permanent goal is quality.").contractType());
    }

    @Test
    void theFieldOfADegreeIsNotASkillAsked() {
        JobRequirements job = parse("Data scientist", "", "Requirements",
                "- Bachelor's degree in Computer Science or a related field", "- Python, SQL and machine learning");
        assertEquals(EducationLevel.BACHELOR, job.minEducation());
        List<String> required = job.requiredSkills().stream().map(JobSkill::name).toList();
        assertFalse(required.stream().anyMatch(n -> n.toLowerCase().contains("computer science")), required.toString());
        assertTrue(required.contains("Python"), required.toString());
        // a skill after the subject on the same line stays required
        JobRequirements same = parse("Backend developer", "", "Requirements",
                "- Master's degree in Computer Science and 3 years of Java");
        assertTrue(same.requiredSkills().stream().anyMatch(s -> s.name().equals("Java")),
                same.requiredSkills().toString());
    }

    /** Where the job is and how remote, said in a sentence of the body rather than in the header. */
    @Test
    void placeAndWorkModeStatedInASentenceAreRead() {
        JobRequirements job = parse("Senior Data Analyst", "",
                "We are hiring a Senior Data Analyst in Lyon. This is a permanent position.", "", "Requirements",
                "- 5+ years of SQL", "- Experience with clients in London", "", "Hybrid work, 2 days remote.");
        assertEquals("Lyon", job.location());
        assertEquals(WorkMode.HYBRID, job.workMode());
        assertEquals(ContractType.PERMANENT, job.contractType());
        JobRequirements french = parse("Développeur Java", "", "Le poste est basé à Nantes, en télétravail partiel.",
                "", "Profil recherché", "- Java, Spring");
        assertEquals("Nantes", french.location());
        assertEquals(WorkMode.HYBRID, french.workMode());
        JobRequirements none = parse("Data analyst", "", "Requirements", "- Experience with clients in London",
                "- Remote monitoring tools");
        assertNull(none.location(), "a place in a requirement is not where the job is");
        assertNull(none.workMode(), "'remote monitoring' is no work mode");
    }
}
