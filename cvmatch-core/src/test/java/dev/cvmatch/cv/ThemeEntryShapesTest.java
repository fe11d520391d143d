package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entry shapes of résumé themes (JSON Resume, builders): a school named above its degree, school and degree printed
 * as two blocks, "Title at Company", a bracketed place, a North American phone number without its country code.
 */
class ThemeEntryShapesTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    private static ParsedCv parse(String... lines) {
        return PARSER.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSchoolInCapitalisedWordsOnTheDatesLineAboveItsDegree() {
        ParsedCv cv = parse("Jo Doe", "", "EDUCATION", "ECAM (Lyon, France)", "Master in Généraliste",
                "Sep 2012 – Sep 2017", "", "Year Up\t2016-02 — 2017-01",
                "Certificate of Completion - Front-End Development and Quality Assurance");
        assertEquals(List.of("ECAM (Lyon, France)", "Year Up"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals("Master", cv.education().get(0).degree());
        assertEquals("Certificate of Completion", cv.education().get(1).degree());
    }

    @Test
    void aSchoolAndItsDatesThenItsDegreeAfterAGapAreOneEntry() {
        ParsedCv cv = parse("Jo Doe", "", "Education", "", "SUPINFO ESI", "2007 - 2012", "", "Master 2",
                "Information Technology", "", "", "Université de Sherbrooke", "2016 - 2017", "", "Maîtrise",
                "Génie mécanique");
        assertEquals(List.of("SUPINFO ESI", "Université de Sherbrooke"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of("Master 2", "Maîtrise"), cv.education().stream().map(Education::degree).toList());
        assertEquals(2012, cv.education().get(0).end().year());
    }

    @Test
    void aDateOfBirthAboveADegreeNamesNoSchool() {
        ParsedCv cv = parse("Jo Doe", "", "ACADEMIC QUALIFICATIONS", "BSc (Hons)", "Marketing",
                "Nuneaton University 2005 - 2008", "", "DOB: 12/09/1985", "Nationality: British", "", "A levels",
                "Maths (A) English (B)", "Coventry Central College 2003 - 2005");
        List<String> institutions = cv.education().stream().map(Education::institution).toList();
        assertEquals(false, institutions.contains("DOB"), institutions.toString());
        assertEquals(true, institutions.contains("Nuneaton University"), institutions.toString());
    }

    @Test
    void titleAtCompanyGivesTitleAndEmployerWhateverTheirWords() {
        ParsedCv cv = parse("Jo Doe", "", "Work Experience", "Standardiste & Centre Services at EY",
                "2015-01 to 2022-01", "Accueil téléphonique", "", "Technicien UAT chez Numericable", "2010 - 2012",
                "Recette applicative");
        assertEquals(List.of("EY", "Numericable"), cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Standardiste & Centre Services", "Technicien UAT"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    @Test
    void aBracketedCityAndCountryIsThePlaceEvenWhenTheCityIsUnknown() {
        ParsedCv cv = parse("Jo Doe", "", "Work", "Assistant ingénieur", "BRP (Sherbrooke, Canada) · Sherbrooke, QC",
                "May 2017 – Sep 2017", "Outil d'analyse acoustique", "", "Ingénieur", "Sopra Steria (Lyon, France) · Lyon, France",
                "Jul 2018 – Present", "Développement web");
        assertEquals(List.of("BRP", "Sopra Steria"), cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Sherbrooke, Canada", "Lyon, France"),
                cv.experience().stream().map(WorkExperience::location).toList());
    }

    @Test
    void aNorthAmericanNumberBesideTheEmailIsThePhone() {
        ParsedCv cv = parse("Adrien Gibert", "Software Engineer", "adrien@example.com | 8048075861", "",
                "Experience", "Developer at Capital One", "2019 - 2021");
        assertEquals("+18048075861", cv.contact().phoneE164());
        ParsedCv dashed = parse("Adam Moon", "adam@example.com", "214-600-3604", "", "Experience",
                "Developer at Acme", "2019 - 2021");
        assertEquals("+12146003604", dashed.contact().phoneE164());
        ParsedCv none = parse("Adam Moon", "adam@example.com", "", "Experience", "Developer at Acme", "2019 - 2021",
                "", "", "", "", "Ticket 2146003604 closed");
        assertNull(none.contact().phoneE164());
    }

    @Test
    void aWebsiteLineAboveTheEmailDoesNotPrefixIt() {
        ParsedCv cv = parse("Olive Haven", "Website\thttps://haven.lol", "Email\tolive@haven.lol", "", "Experience",
                "Engineer at Acme", "2019 - 2021");
        assertEquals("olive@haven.lol", cv.contact().email());
    }

    @Test
    void aHeaderLineOfLanguageNamesGivesTheLanguages() {
        ParsedCv cv = parse("Nirina Rakoto", "Développeur Web", "nirina@example.org", "Français, Anglais, Malgache",
                "", "Expérience", "Développeur chez Acme", "2019 - 2021");
        assertEquals(List.of("fr", "en", "mg"), cv.languages().stream().map(LanguageSkill::code).toList());
        ParsedCv prose = parse("Jo Doe", "Traductrice français, anglais", "jo@example.org", "", "Expérience",
                "Traductrice chez Acme", "2019 - 2021");
        assertEquals(List.of(), prose.languages());
    }

    @Test
    void aLabelWrappedOverTheRowsOfItsContentIsOneHeading() {
        ParsedCv cv = parse("Julie Rivière", "jriviere@example.org", "", "EXPÉRIENCE\tArchitecte cloud — Logivia",
                "PROFESSIONNELLE\tBruxelles | Depuis 10/2020", "\tAutomatisation des déploiements", "",
                "CERTIFICATIONS\tCertified Kubernetes Administrator (CKA)", "",
                "CENTRES\tÉchecs, Trail en montagne, Handball", "D'INTÉRÊT");
        assertEquals(List.of("Logivia"), cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Architecte cloud"), cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(List.of("Certified Kubernetes Administrator (CKA)"),
                cv.certifications().stream().map(Certification::name).toList());
        assertEquals(true, cv.sections().stream().anyMatch(s -> s.type() == SectionType.INTERESTS), cv.sections()
                .toString());
    }

    @Test
    void aBracketNamingNoKnownPlaceStaysWithTheEmployerAndATitleKeepsItsTail() {
        ParsedCv cv = parse("Michel Maier", "", "Experience", "Leboncoin (Adevinta)\t09/2021 - 09/2022",
                "Développeur back-end – PHP / Symfony", "Refonte de la messagerie", "",
                "Sopra Steria (Lyon)\t01/2019 - 08/2021", "Développeur Java", "Maintenance applicative");
        assertEquals(List.of("Leboncoin (Adevinta)", "Sopra Steria"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Développeur back-end – PHP / Symfony", "Développeur Java"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals("Lyon", cv.experience().get(1).location());
        assertNull(cv.experience().get(0).location());
    }

    @Test
    void anEntryWhoseWordsCannotTellTitleFromEmployerFollowsItsSection() {
        ParsedCv cv = parse("Michel Maier", "", "Experience", "Sanofi Accelerator\t2024-12 — 2025-11",
                "Développeur fullstack Typescript", "Refonte du monolithe", "", "IAD\t2022-12 — 2024-10",
                "Développeur back-end", "Modernisation des plateformes", "", "Winbyus\t2008-01 — 2010-06",
                "Ops & Release", "Mise en production");
        assertEquals(List.of("Sanofi Accelerator", "IAD", "Winbyus"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Développeur fullstack Typescript", "Développeur back-end", "Ops & Release"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    @Test
    void employerThenTitleOnTheDatesLineHoldsForEveryEntryOfTheSection() {
        ParsedCv cv = parse("Jo Doe", "", "Work", "Groupe Open, Senior Software Engineer\t2019-01 — 2021-06",
                "Microservices", "", "SBA Consulting, Webmaster / PHP Developer\t2005-10 — 2006-04", "Websites", "",
                "Centrapel, Hotline (FREE ISP)\t2006-11 — 2006-12", "User support");
        assertEquals(List.of("Groupe Open", "SBA Consulting", "Centrapel"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Hotline (FREE ISP)", cv.experience().get(2).title());
    }

    @Test
    void frenchEngineerAndTradeTitlesAreTitles() {
        ParsedCv cv = parse("Jo Doe", "", "Expérience", "SQLi\t2007-03 — 2007-11", "Ingénieur étude et développement",
                "Stage de fin d'études", "", "Maison Berthier\t2005-01 — 2006-12", "Boulanger",
                "Fabrication du pain");
        assertEquals(List.of("SQLi", "Maison Berthier"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Ingénieur étude et développement", "Boulanger"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    @Test
    void anAddressCutInsideItsDomainEndingByANarrowColumnIsJoined() {
        ParsedCv cut = parse("Adrien Gibert", "Richmond, VA 23223 US adriengibert13@gmail.co", "m", "8048075861");
        assertEquals("adriengibert13@gmail.com", cut.contact().email());
        ParsedCv whole = parse("Jo Doe", "jo@acme.co", "uk", "");
        assertEquals("jo@acme.co", whole.contact().email());
    }

    @Test
    void thePlaceOfAContactBoxAwayFromTheHeaderIsTheCandidatesCity() {
        ParsedCv cv = parse("Michel Maier", "Développeur Java EE", "", "Summary",
                "Développeur web expérimenté, missions réalisées à distance.", "", "Experience",
                "SOLEAN IT\t2010-01 — 2024-10", "Gérant / DevOps / Développeur", "", "About", "20 avenue du Neuhof",
                "Strasbourg 67100 FR", "michel@solean-it.com", "(+33) 6.13.56.19.40");
        assertEquals("Strasbourg", cv.contact().city());
        assertEquals("FR", cv.contact().country());
        assertEquals("michel@solean-it.com", cv.contact().email());
        ParsedCv headline = parse("Jo Doe", "Développeur Java EE", "jo@example.org", "", "Experience",
                "Acme\t2010-01 — 2024-10", "Développeur");
        assertNull(headline.contact().city());
    }

    @Test
    void aSchoolAfterAGapOpensTheNextEntryWhenTheFirstNamedNoSchoolWord() {
        ParsedCv cv = parse("Théo Sébastien", "", "Education", "ECAM (Lyon, France)", "2012 - 2017", "Généraliste",
                "Programmation orientée objet", "", "Université de Sherbrooke (Sherbrooke, Canada)", "2016 - 2017",
                "Maitrise", "Génie mécanique");
        assertEquals(List.of("ECAM (Lyon, France)", "Université de Sherbrooke (Sherbrooke, Canada)"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of(2017, 2017), cv.education().stream().map(e -> e.end().year()).toList());
        ParsedCv datesFirst = parse("Jo Doe", "", "Education", "2009 to 2013", "", "Padmanava College of Engineering",
                "B.Tech in Computer Science");
        assertEquals(List.of("Padmanava College of Engineering"),
                datesFirst.education().stream().map(Education::institution).toList());
    }

    @Test
    void aHeadingWithADoubledOrMissingDoubleLetterIsStillAHeading() {
        for (String heading : List.of("PROFESSIONNAL EXPERIENCE", "Profesional experience", "EXPÉRIENCES PROFESIONNELLES")) {
            ParsedCv cv = parse("Jo Doe", "", heading, "Acme Corp\t2019-01 — 2021-06", "Developer", "", "EDUCATION",
                    "Université de Lyon\t2015 - 2018", "Master Informatique");
            assertEquals(List.of("Acme Corp"), cv.experience().stream().map(WorkExperience::employer).toList(),
                    heading);
        }
    }

    @Test
    void anOccupationsExperienceIsAnExperienceHeading() {
        ParsedCv cv = parse("Alycia Turcotte", "", "ATTORNEY EXPERIENCE.", "7/95 to present\tL.F. Davidson & Associates, LLC",
                "Principal attorney", "", "PARALEGAL EXPERIENCE:", "11/91 to 3/92\tCountry-Wide Ins. Co.",
                "Litigation Assistant");
        assertEquals(List.of("L.F. Davidson & Associates, LLC", "Country-Wide Ins. Co."),
                cv.experience().stream().map(WorkExperience::employer).toList());
        ParsedCv skills = parse("Jo Doe", "", "Attorney Skills", "Litigation, contracts");
        assertEquals(List.of(), skills.experience());
    }

    @Test
    void aFrenchTitleLedByItsHeadNounFollowsTheSectionAndADurationIsNoName() {
        ParsedCv cv = parse("Nirina", "", "Experience", "Webdesigner & Développeur Web, Freelance", "Jan, 2023 - Present",
                "Conception et développement.", "", "Standardiste & Centre Services, EY",
                "Jan, 2015 - Jan, 2022  7 years", "Gestion du standard.", "", "Webdesigner, Freelance",
                "Jan, 2013 - Jan, 2015", "Sites.", "", "XYZ Client Inc.  February 2008 to January 2009  12 months",
                "Web development and applications support");
        assertEquals(List.of("Freelance", "EY", "Freelance", "XYZ Client Inc."),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Standardiste & Centre Services", cv.experience().get(1).title());
        assertEquals(false, cv.experience().stream().anyMatch(e -> "12 months".equals(e.title())));
    }

    @Test
    void placesWithPostcodesBracketedCodesAndRemarks() {
        String[][] cases = {
            {"59000, Lille (FR),", "Lille", "FR"},
            {"M5J 2N8, Toronto (CA),", "Toronto", "CA"},
            {"12 rue Exemple, #106, H2K1E1, Montréal (CA), Québec", "Montréal", "CA"},
            {"Dublin, Ireland(Eligible to work full-time(Stamp 1G)) | +353 89 000 0000", "Dublin", "IE"},
            {"United States, Portland, OR (US)", "Portland", "US"},
        };
        for (String[] c : cases) {
            ParsedCv cv = parse("Jo Doe", "Software Engineer", c[0], "jo.doe@example.com");
            assertEquals(c[1], cv.contact().city(), c[0]);
            assertEquals(c[2], cv.contact().country(), c[0]);
        }
        assertNull(parse("Jo Doe", "Data Scientist (AI)", "jo.doe@example.com").contact().city());
    }

    @Test
    void aSiteInCapitalsIsNoHeadingAndASentenceBesideTheDatesNamesNoEmployer() {
        ParsedCv cv = parse("Jo Doe", "", "WORK EXPERIENCE", "Lead Senior Software Engineer at defi SOLUTIONS Inc",
                "defi SOLUTIONS provides flexible loan origination system for auto lenders.\t2015-11-03 TO PRESENT",
                "developed several pages using angular", "", "Senior Software Engineer at One Technologies, L.P.",
                "One Technologies runs credit monitoring products such as\t2009-04-06 TO 2015-10-30",
                "CREDITCHECKPLUS.CO.UK", "built the checkout", "", "Software Developer at Publishing Concepts, L.P.",
                "2007-01-01 TO 2009-03-01", "maintained reports", "", "EDUCATION", "University of North Texas",
                "2003 - 2007", "", "SKILLS", "Java");
        assertEquals(List.of("defi SOLUTIONS Inc", "One Technologies, L.P.", "Publishing Concepts, L.P."),
                cv.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aLoneWordIsNoSchoolButASchoolWrappedBeforeItsSchoolWordIsOne() {
        ParsedCv cv = parse("Jo Doe", "", "EDUCATION",
                "Bachelor of Science Computer Science and Engineering at Leading\tOct 2016 - Mar 2019",
                "University, Sylhet, Bangladesh", "", "Master of Science\t2019 - 2021", "Maths", "", "EPITECH\t2010 - 2015",
                "Expert en technologies de l'information");
        List<String> institutions = cv.education().stream().map(Education::institution).toList();
        assertEquals(true, institutions.get(0).startsWith("Leading University"), institutions.toString());
        assertEquals(false, institutions.contains("Maths"), institutions.toString());
        assertEquals(true, institutions.contains("EPITECH"), institutions.toString());
        assertEquals(2021, cv.education().get(1).end().year());
    }

    @Test
    void namesAfterADocumentTitleBeforeCredentialsOrBeforeTheirStreet() {
        assertEquals("Allan Koepp", parse("RESUME", "Allan Koepp", "Qualification: Degree in Engineering",
                "Email: akoepp@example.com", "", "EXPERIENCE", "Foundry Ltd\t1990 - 2010", "Plant manager", "",
                "EDUCATION", "Anna University\t1970").contact().fullName());
        assertEquals("Lela Sheba Herzog", parse("Lela Sheba Herzog, ED.D.", "7669 Chesterfield Road",
                "Email: lela@example.com").contact().fullName());
        assertEquals("Trina Mosciski", parse("Trina Mosciski, M.ED.", "Email: trina@example.com")
                .contact().fullName());
        assertEquals("Ivory Beahan", parse("Ivory Beahan 122 South Michigan Avenue", "Chicago, IL 60603",
                "ivory@example.org").contact().fullName());
        assertEquals(false, "Lucina Hall Room".equals(parse("Shawnna Nikolaus", "Lucina Hall Room 101",
                "shawnna@example.org").contact().fullName()));
    }

    @Test
    void composedExperienceHeadingsInCapitalsAndTechnologyLabelsUnderPositions() {
        ParsedCv cv = parse("Phyliss Doe", "phyliss@example.org", "", "EDUCATION", "West Point University\t2015 - 2019",
                "B.S. Health and Physical Education", "", "TEACHING EXPERIENCE", "Student Teacher\tSpring 2019",
                "West Point Elementary School", "", "RELATED EMPLOYMENT", "Camp Counselor\t2016 - 2018",
                "YMCA Camp Sunrise", "", "REFERENCES", "Available on request");
        assertEquals(2, cv.experience().size(), cv.experience().toString());
        ParsedCv coach = parse("Jo Doe", "jo@example.org", "", "EDUCATION", "Ohio State University\t2010 - 2014",
                "B.A. Education", "", "CLASSROOM EXPERIENCE", "Teacher\t2014 - 2018", "Lincoln High School", "",
                "COACHING EXPERIENCE", "Assistant Coach\t2015 - 2018", "Lincoln High School", "", "REFERENCES",
                "Available on request");
        assertEquals(2, coach.experience().size(), coach.experience().toString());
        ParsedCv it = parse("Jo Doe", "", "PROFESSIONAL EXPERIENCE", "Acme Bank\tJan 2015 - Dec 2018",
                "Senior Developer", "Built the payments platform", "Technologies:", "Java, Oracle", "",
                "Globex\tJan 2012 - Dec 2014", "Developer", "Maintained the billing system", "Technologies:",
                ".NET, SQL Server");
        assertEquals(List.of("Acme Bank", "Globex"), it.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aLanguageLevelPrintedLikeAHeadingIsTheLevelOfTheLanguageAbove() {
        ParsedCv cv = parse("Jo Doe", "jo@example.org", "", "Experience", "Acme\t2019-01 - 2020-01", "Developer", "",
                "Languages", "Français", "Langue maternelle", "Anglais", "Courant", "", "Interests", "Escalade");
        assertEquals(List.of("French", "English"), cv.languages().stream().map(LanguageSkill::language).toList());
        assertEquals(true, cv.languages().get(0).nativeSpeaker());
        assertEquals("Courant", cv.languages().get(1).levelAsWritten());
        ParsedCv europass = parse("Jo Doe", "jo@example.org", "", "Experience", "Acme\t2019-01 - 2020-01", "Developer",
                "", "Langue maternelle", "Français", "Autres langues", "Anglais\tB2\tB2\tB1\tB1\tB1");
        assertEquals(List.of("French", "English"),
                europass.languages().stream().map(LanguageSkill::language).toList());
    }

    @Test
    void aLinkOrAContactLabelUnderTheNameIsNoHeadline() {
        assertNull(parse("Olive Haven", "Website\thttps://haven.lol", "Email\tolive@haven.lol").contact().headline());
        assertNull(parse("Olive Haven", "olive@haven.lol", "OliveHaven.docx · https://haven.lol/OliveHaven.docx")
                .contact().headline());
        assertEquals("Site Reliability Engineer", parse("Olive Haven", "Site Reliability Engineer",
                "olive@haven.lol").contact().headline());
    }

    @Test
    void aYearClosingASentenceOfTheDescriptionDatesNoEntry() {
        ParsedCv cv = parse("Jo Doe", "", "Experience", "ItiQiti\t10/2015 - 06/2018", "Développeur PHP",
                "Itiqiti était une startup de collecte pour les associations.", "L'aventure s'est arrêtée en 2019.",
                "Maintenance de l'API.", "RDVO\t2007 - 2009", "Web Developer", "RDVO was acquired by Cambridge in 2009.",
                "Acme\t2005 - 2007", "Web Developer", "Sales Associate, Macy's, 2004");
        assertEquals(List.of("ItiQiti", "RDVO", "Acme", "Macy's"),
                cv.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aStartDateFollowedByALoneDashIsAJobStillRunning() {
        ParsedCv cv = parse("Jo Doe", "", "Work", "defi SOLUTIONS Inc\t2015-11-03 —",
                "Lead Senior Software Engineer\thttps://defisolutions.com", "Loan origination for auto lenders.", "",
                "One Technologies, L.P.\t2009-04-01 — 2015-10-01", "Lead Web Developer", "", "Acme Corp\tJan 2005 –",
                "Dec 2008", "Web Developer");
        assertEquals(List.of("defi SOLUTIONS Inc", "One Technologies, L.P.", "Acme Corp"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        WorkExperience first = cv.experience().get(0);
        assertEquals(true, first.current());
        assertEquals(YearMonth.of(2015, 11), YearMonth.of(first.start().year(), first.start().month()));
        assertEquals(false, cv.experience().get(2).current()); // the end wrapped onto the next line
    }

    @Test
    void anEmployersLinkBesideTheDatesLeavesTheHeadOnTheLineAbove() {
        ParsedCv cv = parse("Jo Doe", "", "Work Experience", "Capital One, Software Engineer", "2019-02-01 — Present",
                "Built APIs for cards.", "Bridgevine, Inc. (acquired by Updater), Associate Automation Engineer",
                "https://www.linkedin.com/company/25771\t2017-03-31 — 2018-09-30",
                "I was hired to develop an automated test script.");
        assertEquals(List.of("Capital One", "Bridgevine, Inc. (acquired by Updater)"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Associate Automation Engineer", cv.experience().get(1).title());
    }

    @Test
    void twoTitlesHeldAtOnceUnderTheEmployersLineAreOneTitle() {
        ParsedCv cv = parse("Jo Doe", "", "Work", "One Technologies, L.P.\t2009-04-06 — 2015-10-01",
                "Senior Software Engineer II, Lead Web Developer", "Credit monitoring products.");
        assertEquals("Senior Software Engineer II, Lead Web Developer", cv.experience().get(0).title());
        assertEquals("One Technologies, L.P.", cv.experience().get(0).employer());
    }

    @Test
    void anEmployerPrintedTwiceOnTheTitleLineIsNoPlace() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "WORK EXPERIENCE", "Full Stack Developer - Quillby, Quillby",
                "May, 2021 - Feb, 2022  9 months", "Worked as a full stack developer on a web application.", "",
                "Backend Developer, Tarnwell Labs", "Jan, 2019 - Apr, 2021", "Built services.");
        assertEquals("Quillby", cv.experience().get(0).employer());
        assertEquals("Full Stack Developer", cv.experience().get(0).title());
        assertEquals(null, cv.experience().get(0).location());
    }

    @Test
    void anEmployersStreetAddressOnTheEntryIsNeitherEmployerNorTitle() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "WORK EXPERIENCE", "Senior Engineer", "Northwind Shipping",
                "801 5th Ave Seattle, WA 98104", "Jan 2019 - Present", "Built the routing service.", "", "Developer",
                "Maple Ledger", "1 Toronto St, Toronto, ON M5C 2V6", "Mar 2015 - Dec 2018", "Wrote reports.");
        assertEquals(List.of("Northwind Shipping", "Maple Ledger"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Senior Engineer", "Developer"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    @Test
    void anOpenSourceProjectsHeadingEndsTheExperience() {
        ParsedCv cv = parse("Jo Doe", "", "Experience", "Backend Engineer, Acme\t2020 - 2024",
                "Built the payment services", "", "Open Source Projects", "Fairbank · https://example.org/fairbank",
                "A crowdfunding tool built on a public blockchain.", "Won the Base prize at Example Hackathon 2024",
                "Full stack implementation with gasless transactions");
        assertEquals(List.of("Acme"), cv.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aRangeWrappedInANarrowDatesColumnIsOneRange() {
        ParsedCv cv = parse("Maëlle Dubois", "", "Expérience professionnelle",
                "Depuis mars 2023\tDéveloppeuse React senior, Lumeo, Tours", "\tIntégration des maquettes Figma",
                "De décembre 2020 à\tDéveloppeuse web freelance, Indépendant, Tours",
                "février 2023\tRéalisation de dix missions courtes pour des PME",
                "De Septembre 2017\tTesteuse QA junior, Transdata, Dijon",
                "à Mai 2020\tMise en place des tests automatisés");
        assertEquals(List.of("Lumeo", "Indépendant", "Transdata"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("2020-12", cv.experience().get(1).start().toString());
        assertEquals("2023-02", cv.experience().get(1).end().toString());
        assertEquals("2020-05", cv.experience().get(2).end().toString());
    }
}
