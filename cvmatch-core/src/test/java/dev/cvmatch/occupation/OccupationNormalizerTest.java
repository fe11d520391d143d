package dev.cvmatch.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OccupationNormalizerTest {

    private static final OccupationNormalizer OCC = OccupationNormalizer.defaults();

    private static NormalizedOccupation of(String title) {
        return OCC.normalize(title).orElseThrow(() -> new AssertionError("no occupation for " + title));
    }

    @Test
    void englishAndFrenchTitlesOfOneOccupationShareItsId() {
        NormalizedOccupation chef = of("Chef");
        assertEquals("chef", chef.labelEn());
        assertEquals("chef de cuisine", chef.labelFr());
        assertEquals("3434", chef.iscoCode());
        assertEquals(1.0, chef.confidence());
        assertEquals(chef.id(), of("Chef de cuisine").id(), "its French preferred label wins over other uses");
        assertEquals(of("Cook").id(), of("Cuisinière").id(), "feminine French titles and accents");
        assertTrue(chef.id().startsWith("http://data.europa.eu/esco/occupation/"));
        assertEquals(chef, OCC.byId(chef.id()).orElseThrow());
    }

    @Test
    void qualifiersAndLongerTitlesLowerTheConfidence() {
        NormalizedOccupation senior = of("Senior Accountant (H/F)");
        assertEquals(of("accountant").id(), senior.id());
        assertTrue(senior.confidence() < 1 && senior.confidence() >= 0.9, "" + senior.confidence());
        NormalizedOccupation phrase = of("Accountant, accounts payable and receivable");
        assertTrue(phrase.confidence() < senior.confidence());
    }

    /**
     * An English compound is plural on its head noun ("Human Resources Managers" is not "human resource manager",
     * which once left only the phrase "resources manager": a material-resources manager), and a title listing two
     * occupations is read on its parts when the whole only matched a phrase ("Accountants and Auditors" was 0.54).
     */
    @Test
    void pluralCompoundsAndListedOccupations() {
        NormalizedOccupation hr = of("Human Resources Managers");
        assertEquals("human resources manager", hr.labelEn());
        assertTrue(hr.confidence() >= 0.9, "" + hr.confidence());
        NormalizedOccupation listed = of("Accountants and Auditors");
        assertEquals(of("Accountant").id(), listed.id());
        assertTrue(listed.confidence() >= 0.8 && listed.confidence() < of("Accountants").confidence(),
                "" + listed.confidence());
        assertEquals("fitness instructor", of("Exercise Trainers and Group Fitness Instructors").labelEn());
        assertTrue(of("Exercise Trainers and Group Fitness Instructors").confidence() >= 0.8);
    }

    @Test
    void unsureTitlesGiveNothing() {
        assertTrue(OCC.normalize(null).isEmpty());
        assertTrue(OCC.normalize("  - ").isEmpty());
        assertTrue(OCC.normalize("Manager").isEmpty() || OCC.normalize("Manager").get().confidence() == 1,
                "a bare weak word is only an occupation when it is one's whole title");
        assertTrue(OCC.normalize("Lorem ipsum dolor").isEmpty());
    }

    @Test
    void iscoGroupsGivePartialCredit() {
        NormalizedOccupation chef = of("Head Chef");
        assertEquals(1.0, chef.closeness(of("executive chef")));
        assertEquals(0.7, chef.closeness(of("Chef")), "chef and head chef share ISCO unit group 3434");
        assertEquals(0.0, chef.closeness(of("Accountant")));
    }

    /**
     * A one-word title that names a kind of work ("Ingénieur", "Designer", "Supervisor") is no occupation on its
     * own, although ESCO lists it among the titles of one (chemical metallurgist, art director, oil refinery control
     * room operator): it gives nothing rather than that one.
     */
    @Test
    void aGenericOneWordTitleIsNoOccupation() {
        for (String generic : new String[] {"Ingénieur", "Designer", "Supervisor", "Technician", "Assistante",
            "Consultant"}) {
            assertTrue(OCC.normalize(generic).isEmpty(), generic + " -> " + OCC.normalize(generic));
        }
        assertEquals("2512", of("Ingénieur DevOps").iscoCode(), "its qualifier decides");
        assertEquals("2411", of("Assistante comptable").iscoCode());
        assertEquals("2341", of("Elementary School Teachers").iscoCode());
        assertEquals("chef", of("Chef").labelEn(), "a preferred label is kept");
    }

    /**
     * Common CV titles that ESCO gives to no occupation or to a wrong one (curated at the build): nurses, developers,
     * recruiters get theirs, in English and French; a generic word gets its usual occupation with a lower
     * confidence; an intern or a trainee is no occupation (O*NET gave "Intern" and "Doctor" to the coroner).
     */
    @Test
    void curatedTitlesGetTheOccupationACvReaderExpects() {
        NormalizedOccupation nurse = of("Registered Nurse");
        assertEquals("nurse responsible for general care", nurse.labelEn());
        assertEquals(nurse.id(), of("Infirmière").id());
        assertEquals(nurse.id(), of("Infirmier diplômé d'État").id());
        NormalizedOccupation developer = of("Backend Developer");
        assertEquals("software developer", developer.labelEn());
        assertEquals(developer.id(), of("Développeur Java").id(), "a technology qualifies the developer");
        assertEquals(developer.id(), of("Principal Developer").id(), "a seniority, not a school's principal");
        assertEquals(developer.id(), of("Développeur PHP / Symfony").id());
        assertEquals(of("Front End Developer").id(), of("Frontend Developer").id(), "ESCO's user interface developer");
        assertEquals(of("Recruiter").id(), of("Chargée de recrutement").id());
        assertEquals("waiter/waitress", of("Serveuse").labelEn(), "not the barista, which ESCO gives it to");
        NormalizedOccupation teacher = of("Teacher");
        assertEquals(teacher.id(), of("Enseignante").id());
        assertTrue(teacher.confidence() < nurse.confidence(), "a generic word is less sure");
        for (String none : new String[] {"Intern", "Stagiaire", "Trainee", "Apprentie"}) {
            assertTrue(OCC.normalize(none).isEmpty(), none + " -> " + OCC.normalize(none));
        }
        assertEquals("general practitioner", of("Doctor").labelEn());
    }

    /**
     * French business and IT titles that ESCO leaves to a wrong occupation: an "ingénieur commercial" sells (ESCO's
     * sales engineer, not its 0.54 guess of a sales representative), a "conducteur de travaux" runs a building site
     * (not a hydroelectric plant), a "chargé d'affaires" on a CV is no diplomat (ESCO's consul) and too broad to
     * guess, an IT or platform architect designs systems, not buildings.
     */
    @Test
    void frenchBusinessAndItTitlesGetTheirOccupation() {
        assertEquals("sales engineer", of("Ingénieur commercial").labelEn());
        assertEquals(of("Ingénieur commercial").id(), of("Ingénieure commerciale (H/F)").id());
        assertEquals("construction manager", of("Conducteur de travaux").labelEn());
        assertTrue(OCC.normalize("Chargé d'affaires").isEmpty(), OCC.normalize("Chargé d'affaires").toString());
        assertEquals("consul", of("Consul").labelEn(), "the diplomat keeps his own title");
        assertEquals("ICT system architect", of("Platform Architect").labelEn());
        assertEquals("ICT system architect", of("IT Architect").labelEn());
        assertEquals("architect", of("Architecte").labelEn(), "alone, the word is the building architect's");
        assertEquals("software developer", of("Développeur Full Stack").labelEn());
        assertEquals("software developer", of("Full-Stack Developer").labelEn());
        assertEquals("home care aide", of("Auxiliaire de vie").labelEn());
    }

    /**
     * ESCO gives some "senior X" titles to an occupation of another unit group than X's ("senior data analyst" to
     * the call centre analyst): seniority is a qualifier, so the title is X's occupation; a seniority title within
     * X's unit group keeps its own occupation.
     */
    @Test
    void aSeniorityWordKeepsTheOccupationOfTheTitleItQualifies() {
        assertEquals(of("Data Analyst").id(), of("Senior Data Analyst").id());
        assertEquals(of("Sales Manager").id(), of("Senior Sales Manager").id());
        assertEquals("social work supervisor", of("Senior Social Worker").labelEn());
    }
}
