package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.document.ExtractedDocument;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvParserTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    private static ParsedCv parse(String text) {
        return PARSER.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static final String FRENCH = String.join("\n",
            "Camille MARTIN",
            "Développeuse Java senior",
            "camille.martin@exemple.fr | 06 12 34 56 78 | 69003 Lyon | linkedin.com/in/camille-martin",
            "",
            "PROFIL",
            "Développeuse backend avec 8 ans d'expérience sur des plateformes à fort trafic.",
            "",
            "E XPÉRIENCE PROFESSIONNELLE",
            "Helioscope (Lyon)",
            "Développeuse Java senior, janv. 2020 – aujourd'hui",
            "  • Conception d'API REST en Spring Boot",
            "  • Migration vers Kubernetes",
            "",
            "Banque Rhodanienne (Villeurbanne)",
            "Développeuse Java, sept. 2016 à déc. 2019",
            "  • Maintenance d'un moteur de calcul en Java 8",
            "",
            "FORMATION",
            "Diplôme d'ingénieur – Informatique, INSA Lyon (2011 - 2016)",
            "",
            "COMPÉTENCES",
            "Langages : Java, Kotlin, SQL",
            "Outils : Git, Docker, Kubernetes",
            "",
            "LANGUES",
            "Français (langue maternelle) · Anglais (courant, TOEIC 850) · Espagnol : notions",
            "",
            "CERTIFICATIONS",
            "Oracle Certified Professional Java SE 17 – Oracle (06/2022)",
            "",
            "CENTRES D'INTÉRÊT",
            "Escalade, photographie");

    @Test
    void parsesAFrenchCv() {
        ParsedCv cv = parse(FRENCH);
        Contact c = cv.contact();
        assertEquals("Camille MARTIN", c.fullName());
        assertEquals("Développeuse Java senior", c.headline());
        assertEquals("camille.martin@exemple.fr", c.email());
        assertEquals("06 12 34 56 78", c.phone());
        assertEquals("+33612345678", c.phoneE164());
        assertEquals("Lyon", c.city());
        assertEquals("FR", c.country());
        assertEquals("LinkedIn", c.links().get(0).network());
        assertEquals("camille-martin", c.links().get(0).username());
        assertEquals("fr", cv.language());

        assertEquals(2, cv.experience().size());
        WorkExperience first = cv.experience().get(0);
        assertEquals("Développeuse Java senior", first.title());
        assertEquals("Helioscope", first.employer());
        assertEquals("Lyon", first.location());
        assertEquals(PartialDate.of(2020, 1), first.start());
        assertTrue(first.current());
        assertNull(first.end());
        assertEquals(List.of("Conception d'API REST en Spring Boot", "Migration vers Kubernetes"),
                first.description());
        WorkExperience second = cv.experience().get(1);
        assertEquals("Banque Rhodanienne", second.employer());
        assertEquals(PartialDate.of(2016, 9), second.start());
        assertEquals(PartialDate.of(2019, 12), second.end());
        // sept. 2016 - déc. 2019 = 40 months, janv. 2020 - juin 2025 = 66 months
        assertEquals(106, cv.totalExperienceMonths());

        Education edu = cv.education().get(0);
        assertEquals("Diplôme d'ingénieur", edu.degree());
        assertEquals(EducationLevel.MASTER, edu.level());
        assertEquals("Informatique", edu.fieldOfStudy());
        assertEquals("INSA Lyon", edu.institution());
        assertEquals(PartialDate.ofYear(2016), edu.end());

        assertEquals(List.of("fr", "en", "es"), cv.languages().stream().map(LanguageSkill::code).toList());
        assertTrue(cv.languages().get(0).nativeSpeaker());
        assertEquals(CefrLevel.C2, cv.languages().get(0).level());
        assertEquals(CefrLevel.B2, cv.languages().get(1).level(), "a TOEIC score is more precise than 'courant'");
        assertEquals(CefrLevel.A2, cv.languages().get(2).level());

        Certification cert = cv.certifications().get(0);
        assertEquals("Oracle Certified Professional Java SE 17", cert.name());
        assertEquals("Oracle", cert.issuer());
        assertEquals(PartialDate.of(2022, 6), cert.date());

        assertEquals(List.of("Java", "Kotlin", "SQL", "Git", "Docker", "Kubernetes"),
                cv.skillMentions().stream().map(SkillMention::name).toList());
        assertEquals("Langages", cv.skillMentions().get(0).group());
        assertTrue(cv.summary().startsWith("Développeuse backend"));
        assertTrue(cv.sections().stream().anyMatch(s -> s.type() == SectionType.INTERESTS
                && s.lines().contains("Escalade, photographie")), "unknown or unused sections are kept");
    }

    @Test
    void provenancePointsAtTheValueInTheExtractedText() {
        ExtractedDocument document = dev.cvmatch.document.DocumentTextExtractor.defaults()
                .extract(FRENCH.getBytes(StandardCharsets.UTF_8));
        ParsedCv cv = PARSER.parse(document);
        Provenance email = cv.contact().provenance().get("email");
        assertEquals("camille.martin@exemple.fr", document.text().substring(email.start(), email.end()));
        Provenance employer = cv.experience().get(1).provenance().get("employer");
        assertEquals("Banque Rhodanienne", document.text().substring(employer.start(), employer.end()));
        Provenance dates = cv.experience().get(0).provenance().get("dates");
        assertEquals("janv. 2020 – aujourd'hui", document.text().substring(dates.start(), dates.end()));
        assertEquals(1, dates.page());
        assertTrue(dates.confidence() > 0.5);
    }

    static final String ENGLISH = String.join("\n",
            "# Oliver Bennett",
            "Senior Staff Nurse",
            "Email: oliver.bennett@example.co.uk",
            "Phone: +44 7700 900123",
            "Manchester, United Kingdom",
            "",
            "*** WORK HISTORY ***",
            "",
            "Senior Staff Nurse | Northfield General Hospital | Manchester",
            "Mar 2019 - Present",
            "  - Led a team of 6 nurses on a 28-bed surgical ward",
            "",
            "Staff Nurse | St Aidan's Clinic | Leeds",
            "March 2015 to Dec 2019",
            "  - Administered medication and IV therapy",
            "",
            "Healthcare Assistant | Brookside Care Home | Leeds",
            "2013–2015",
            "",
            "*** EDUCATION ***",
            "",
            "BSc (Hons) Adult Nursing, University of Leeds, 2015",
            "",
            "*** LANGUAGES ***",
            "",
            "English: native",
            "French: B1",
            "",
            "*** VOLUNTEER WORK ***",
            "",
            "First-aid volunteer at city marathons");

    @Test
    void parsesAnEnglishCvWithOverlappingPositions() {
        ParsedCv cv = parse(ENGLISH);
        assertEquals("Oliver Bennett", cv.contact().fullName());
        assertEquals("+447700900123", cv.contact().phoneE164());
        assertEquals("Manchester", cv.contact().city());
        assertEquals("GB", cv.contact().country());
        assertEquals("en", cv.language());
        assertEquals(3, cv.experience().size());
        assertEquals("Northfield General Hospital", cv.experience().get(0).employer());
        assertEquals("Senior Staff Nurse", cv.experience().get(0).title());
        assertEquals("Staff Nurse", cv.experience().get(1).title());
        assertEquals(PartialDate.ofYear(2013), cv.experience().get(2).start());
        assertEquals(PartialDate.ofYear(2015), cv.experience().get(2).end());
        // 2013-01..2025-06 continuous once overlaps are merged: 150 months
        assertEquals(150, cv.totalExperienceMonths());
        Education edu = cv.education().get(0);
        assertEquals(EducationLevel.BACHELOR, edu.level());
        assertEquals("University of Leeds", edu.institution());
        assertEquals(PartialDate.ofYear(2015), edu.end());
        assertTrue(cv.languages().get(0).nativeSpeaker());
        assertEquals(CefrLevel.B1, cv.languages().get(1).level());
        assertTrue(cv.sections().stream().anyMatch(s -> s.type() == SectionType.VOLUNTEERING));
    }

    @Test
    void nonCvTextParsesWithWarningsInsteadOfInventedData() {
        ParsedCv cv = parse("Minutes of the meeting held on Tuesday.\nThe budget was approved unanimously.");
        assertNull(cv.contact().email());
        assertTrue(cv.experience().isEmpty());
        assertFalse(cv.warnings().isEmpty());
        assertEquals(0, cv.totalExperienceMonths());
    }

    @Test
    void phonesUseTheCvCountryBeforeTheDefaultRegion() {
        ParsedCv cv = parse("Aoife Byrne\naoife@example.ie | 086 563 0038 | Dublin, Ireland\n\nEXPERIENCE\n"
                + "Analyst, Harbour Bank 2020 - 2022\n");
        assertEquals("+353865630038", cv.contact().phoneE164());
        assertEquals("IE", cv.contact().country());
    }

    /**
     * The layout of a job board's text export: title, "Company - City -", "Month YYYY to Present"; a one-word title
     * in capitals; the profile link repeated at each page break, here between a title and its company.
     */
    @Test
    void jobBoardExportWithCapitalisedTitlesAndRepeatedPageLinks() {
        ParsedCv cv = parse(String.join("\n", "Laura Brekke", "Bengaluru, Karnataka - laura@example.in", "",
                "https://www.example.com/r/laura-brekke", "", "WORK EXPERIENCE", "", "SMTS", "",
                "Oracle India -  Bengaluru, Karnataka -", "", "January 2014 to Present", "", "Led the BI team.", "",
                "Software Engineer", "", "https://www.example.com/r/laura-brekke", "", "",
                "Samsung R&D Operations -  Bangalore, Karnataka -", "", "October 2008 to December 2013", "",
                "Worked on multimedia drivers.", "", "Page 2 of 2", "", "EDUCATION", "",
                "Bachelor of Technology in Electronics", "", "Nagarjuna University", "", "2005"));
        assertEquals(List.of("Oracle India", "Samsung R&D Operations"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("SMTS", "Software Engineer"), cv.experience().stream().map(WorkExperience::title).toList());
        assertTrue(cv.experience().get(1).description().stream().noneMatch(d -> d.contains("Page")),
                cv.experience().get(1).description().toString());
        assertEquals("https://www.example.com/r/laura-brekke", cv.contact().links().get(0).url());
    }

    @Test
    void titleWithAParenthesisBeforeAtOrChez() {
        ParsedCv cv = parse(String.join("\n", "Léa Roux", "lea.roux@example.fr", "", "EXPÉRIENCE",
                "Infirmière chez Clinique du Val d'Ouest, Nantes (2024-07 à aujourd'hui)",
                "Étudiante infirmière (stage) chez Centre Hospitalier de Cholet, Nantes (2022-10 à 2023-09)"));
        assertEquals(List.of("Clinique du Val d'Ouest", "Centre Hospitalier de Cholet"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Étudiante infirmière (stage)", cv.experience().get(1).title());
    }

    /** Europass-style forms: a label before each value, or alone on the line above it. */
    @Test
    void labelledFormFieldsAsEuropassPrintsThem() {
        ParsedCv cv = parse(String.join("\n", "Liam Sharma", "liam.sharma@example.ie", "", "WORK EXPERIENCE",
                "Dates\tOctober 2024 – February 2025", "Occupation or position held\tJunior Front-End Engineer",
                "Name of employer\tNorthwind Analytics, Dublin", "Main activities and responsibilities",
                "Set up Storybook and visual checks", "", "EXPÉRIENCE", "Dates : avril 2022 – septembre 2024",
                "Poste occupé : Développeuse web", "Nom de l'employeur : Lumen Santé, Lyon", "", "EDUCATION",
                "Dates\t2021 – 2024", "Title of qualification awarded\tBachelor of Science – Computer Science",
                "Organisation providing education\tMcGill University"));
        assertEquals(List.of("Northwind Analytics", "Lumen Santé"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Junior Front-End Engineer", "Développeuse web"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(List.of("Set up Storybook and visual checks"), cv.experience().get(0).description());
        assertEquals("McGill University", cv.education().get(0).institution());
        assertEquals("Bachelor of Science", cv.education().get(0).degree());
        assertEquals(PartialDate.ofYear(2024), cv.education().get(0).end());
    }
}
