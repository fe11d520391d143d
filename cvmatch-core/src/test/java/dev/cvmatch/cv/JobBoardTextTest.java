package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CVs as job boards deliver them: plain text, layout lost, headings in title case composed of a section word and
 * qualifiers, locations as "City, State", descriptions whose bullets were dropped.
 */
class JobBoardTextTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    private static ParsedCv parse(String... lines) {
        return PARSER.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void composedTitleCaseHeadingsOpenTheirSections() {
        ParsedCv cv = parse("Shayne White", "Justin Street", "London", "shayne.white@example.com", "",
                "Summary of Qualification", "Good communication skills and creativity.", "",
                "Career Experience/Job History", "2004-2007", "Fleet Advertising Ltd.", "Advertiser",
                "Created a variety of ads for diverse brands.", "2007-Present", "Houlton Advertising Agency",
                "Advertiser", "", "Technical Skill Set", "Photoshop, Illustrator", "", "Education", "2003-2004",
                "Diploma in Ad Making Technique, Ad School");
        assertEquals(List.of("Fleet Advertising Ltd.", "Houlton Advertising Agency"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Advertiser", "Advertiser"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertTrue(cv.skills().stream().anyMatch(s -> s.name().equalsIgnoreCase("Adobe Photoshop")
                || s.name().equalsIgnoreCase("Photoshop")), () -> cv.skills().toString());
        // a street is an address, not the candidate's headline
        assertNotEquals("Justin Street", cv.contact().headline());
    }

    @Test
    void aSkillItemInASkillsListIsNotANewSection() {
        ParsedCv cv = parse("Jo Doe", "", "SKILLS", "Leadership Skills", "Java", "", "EXPERIENCE",
                "Acme Corp, Houston, TX", "2019 - 2023", "Software Engineer");
        assertEquals(1, cv.experience().size());
        assertEquals("Houston", cv.experience().get(0).location() == null ? null
                : cv.experience().get(0).location().split(",")[0]);
    }

    @Test
    void aTownTheGazetteerDoesNotKnowBeforeItsState() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE", "ABC Corp, Somewhere, NJ", "2010 - 2014",
                "Software-Firmware Engineer", "- Wrote firmware", "", "DEF Company, Inc., Newark, NJ", "2008 - 2010",
                "Test Engineer");
        assertEquals(List.of("ABC Corp", "DEF Company, Inc."),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Software-Firmware Engineer", "Test Engineer"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals("Somewhere, NJ", cv.experience().get(0).location());
    }

    @Test
    void freelanceIsTheEmployerSlotAndABracketOpenedByAConjunctionIsNoPlace() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE", "Webdesigner, Freelance",
                "Jan 2013 - Jan 2015", "Sites for craftsmen", "", "Web Developer\tApr 2012 - Aug 2013",
                "Neoweb (& Findtastic)", "Agency work");
        assertEquals(List.of("Webdesigner", "Web Developer"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals("Freelance", cv.experience().get(0).employer());
        assertEquals(null, cv.experience().get(1).location());
        ParsedCv headNoun = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE",
                "Salesforce, Distributed Systems/Security Engineer\t2016-06 - 2016-12", "Built a PKI.", "",
                "Ingénieure front-end, Orbitale Software\t2014-01 - 2016-05", "Interfaces.");
        assertEquals(List.of("Salesforce", "Orbitale Software"),
                headNoun.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aDocumentTitleAtopThePageIsNeitherANameNorASummaryHeading() {
        assertEquals("Darell Cormier", parse("RESUME OF Darell Cormier", "LOS ANGELES", "darell@example.com", "",
                "SKILLS", "Android").contact().fullName());
        ParsedCv cv = parse("RESUME", "Allan Koepp", "allan@example.com", "", "EXPERIENCE", "Acme Foundries, Chennai",
                "1990 - 2020", "Plant Manager");
        assertEquals("Allan Koepp", cv.contact().fullName());
        assertTrue(cv.sections().stream().noneMatch(s -> s.type() == SectionType.SUMMARY), () -> cv.sections().toString());
    }

    @Test
    void europassActivitiesLabelStaysTheEntrysDuties() {
        ParsedCv cv = parse("Liam Sharma", "", "WORK EXPERIENCE", "Dates\tOctober 2024 – February 2025",
                "Occupation or position held\tJunior Front-End Engineer", "Name of employer\tNorthwind Analytics",
                "Main activities and responsibilities", "Set up Storybook and visual checks");
        assertEquals(List.of("Set up Storybook and visual checks"), cv.experience().get(0).description());
    }

    @Test
    void sentencesWhoseBulletsWereLostAreNotEntryHeads() {
        ParsedCv cv = parse("Jason Davis", "", "Teaching Professional Experience", "Instructor PE 1615 Jujutsu",
                "University of Minnesota Duluth Department of Health (2012 - Present)",
                "Teach cultural and esoteric aspects of Japanese Jujutsu",
                "Teach applied Judo in a safe, inclusive environment", "Instructor Writing Studies",
                "Fond du Lac Tribal and Community College (1998)", "Taught basic writing and grammar");
        assertEquals(List.of("Instructor PE 1615 Jujutsu", "Instructor Writing Studies"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    @Test
    void citiesBeforeAStateOrRegion() {
        ParsedCv cv = parse("Lue Konopelski", "5726 Apple Way Drive", "Charlottesville, VA 22901",
                "lue@example.com", "", "EXPERIENCE", "Food Service Worker", "Taco Bell Restaurant",
                "West Chester, Pennsylvania", "September 2019 - Present");
        assertEquals("Charlottesville", cv.contact().city());
        assertEquals("US", cv.contact().country());
        ParsedCv portland = parse("Olive Haven", "olive@example.com | Portland, OR, US", "", "EXPERIENCE",
                "Engineer at Atlassian\tFeb 2017 - Feb 2018", "Mountain View, CA", "Built things.");
        assertEquals("Portland", portland.contact().city());
        assertEquals("Mountain View, CA", portland.experience().get(0).location());
    }

    @Test
    void aFlattenedRangeWithoutItsDashIsOneRangeAndTheEnvironmentLineIsNoHead() {
        String flattened = "Priya Raman  priya@example.com    PROFESSIONAL EXPERIENCE    QA Team Lead    June 2004  "
                + "April 2005    Remoba Inc., India  Client: Revelex  Description  Testing of a booking engine for "
                + "travel agencies and airlines.  Environment: Windows XP, Oracle, Java, Win2000 Professional    "
                + "Software Test Engineer    June 1999  June 2004    Interface Software, India  Description  "
                + "Manual and automated testing of web applications.";
        ParsedCv cv = parse(flattened);
        assertEquals(List.of(PartialDate.of(2004, 6), PartialDate.of(1999, 6)),
                cv.experience().stream().map(WorkExperience::start).toList());
        assertEquals(List.of(PartialDate.of(2005, 4), PartialDate.of(2004, 6)),
                cv.experience().stream().map(WorkExperience::end).toList());
        assertEquals(List.of("QA Team Lead", "Software Test Engineer"),
                cv.experience().stream().map(WorkExperience::title).toList());
        cv.experience().forEach(e -> assertTrue(e.employer() == null || !e.employer().startsWith("Environment"),
                e.toString()));
    }

    @Test
    void aFlattenedYearBeforeADatedTitleOrAnEndAloneIsOneRange() {
        // "2005  Present: Title, Employer": the year alone, its end leading the next piece
        String yearLed = "Noor Haddad  Lakeview, Springfield  noor@example.com  Objective  A position as a sound "
                + "engineer for a recording label.  Career Experience/Job History  2016  Present: Senior Sound "
                + "Engineer, Bellbird Records  Mixed and mastered albums for independent artists.  2011  2016: "
                + "Assistant Sound Engineer, Quarry Lane Studios  Prepared sessions and maintained the gear.  "
                + "Education  2007  2011: Bachelor of Arts in Music Technology, Northfield College";
        ParsedCv cv = parse(yearLed);
        assertEquals(List.of("Senior Sound Engineer", "Assistant Sound Engineer"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(List.of("Bellbird Records", "Quarry Lane Studios"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of(PartialDate.ofYear(2016), PartialDate.ofYear(2011)),
                cv.experience().stream().map(WorkExperience::start).toList());
        assertTrue(cv.experience().get(0).current(), () -> cv.experience().toString());
        // "Title, March 2014  Present", "Title (2006  2013)": the start ends a piece, the end is the next one
        String endAlone = "Jo Doe  jo@example.com  Summary  Marketing professional with years of experience in "
                + "social media management and branding for consumer brands.    PROFESSIONAL EXPERIENCE  "
                + "PINECONE LABS, Denver, CO  Social Media Manager, September 2019  Present  Ran the brand "
                + "accounts.  Harbor & Vale, PA  Columbus, Ohio  Campaign Coordinator (2014  2019)  Planned "
                + "campaigns.";
        ParsedCv ended = parse(endAlone);
        assertEquals(List.of("Social Media Manager", "Campaign Coordinator"),
                ended.experience().stream().map(WorkExperience::title).toList());
        assertTrue(ended.experience().get(0).current(), () -> ended.experience().toString());
        assertEquals(PartialDate.ofYear(2019), ended.experience().get(1).end());
    }

    @Test
    void twoBareYearsOfAFlattenedLineAreOneRangeUnlessALineBreakParts() {
        // "2012  2018" (a dash lost, two spaces) is one range; "Texas 2009  2012" too, after the place
        String flattened = "Jo Doe  jo@example.com    EXPERIENCE    NORTHWIND SUPPLY  Boise, ID    2012  2018    "
                + "Warehouse Manager  Ran the inbound dock and a team of twelve.    Clearwater Books Inc., Texas "
                + "2009  2012    Sales Representative  Sold to school districts across the state.    EDUCATION    "
                + "Boise State University  Bachelor of Business Administration, 2008";
        ParsedCv cv = parse(flattened);
        assertEquals(List.of(PartialDate.ofYear(2012), PartialDate.ofYear(2009)),
                cv.experience().stream().map(WorkExperience::start).toList(), () -> cv.experience().toString());
        assertEquals(List.of(PartialDate.ofYear(2018), PartialDate.ofYear(2012)),
                cv.experience().stream().map(WorkExperience::end).toList());
        // four spaces are a line break: two years so parted are two dates, not one range
        String parted = "Jo Doe  jo@example.com    EXPERIENCE    Warehouse Manager, Northwind Supply  2012    "
                + "2018    Sales Representative, Clearwater Books Inc.  Sold to school districts across the state "
                + "for six years running.    EDUCATION    Boise State University  Bachelor of Business "
                + "Administration, 2008";
        ParsedCv apart = parse(parted);
        assertTrue(apart.experience().stream().noneMatch(e -> PartialDate.ofYear(2012).equals(e.start())
                && PartialDate.ofYear(2018).equals(e.end())), () -> apart.experience().toString());
    }

    @Test
    void gluedYearsAndANameListClosedByAFullStopMakeAnEntry() {
        // a CV class's "dates in the margin" layout, flattened: "2019present" and "20142019" lost their dash, the
        // head under the dates is a list of names closed by a full stop ("Title, Team, Employer, Town.")
        String flattened = "Lena Okafor  Building calm software    Work Experience  2019present    Staff Engineer, "
                + "Payments Platform, Northwind Traders, Lisbon.  Led the ledger rewrite  { Mentored four engineers"
                + "    20142019    Systems Designer & Lead Mobile Developer, Harbor Labs.  Designed the mobile apps "
                + "of the lab and ran its build farm.    Education  2014    MSc., University of Porto.";
        ParsedCv cv = parse(flattened);
        assertEquals(List.of("Staff Engineer", "Systems Designer & Lead Mobile Developer"),
                cv.experience().stream().map(WorkExperience::title).toList(), () -> cv.experience().toString());
        assertEquals(List.of(PartialDate.ofYear(2019), PartialDate.ofYear(2014)),
                cv.experience().stream().map(WorkExperience::start).toList());
        assertTrue(cv.experience().get(0).current());
        assertEquals(PartialDate.ofYear(2019), cv.experience().get(1).end());
        assertEquals("Harbor Labs", cv.experience().get(1).employer());
    }

    @Test
    void positionsHeldAtOneEmployerTakeItsNameFromTheLineAboveThem() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE", "NORTHWIND TRADERS, INC,", "2010 to 2020",
                "Regional Sales Manager, 2016 to 2020", "Grew the western region by a third.",
                "Account Executive (Denver, CO), 2010 to 2016", "Opened forty new accounts.", "",
                "BLUE HERON FOODS, Boise, ID", "2004 to 2010", "Category Buyer, 2004 to 2010",
                "Bought dairy and frozen goods.");
        assertEquals(List.of("Regional Sales Manager", "Account Executive", "Category Buyer"),
                cv.experience().stream().map(WorkExperience::title).toList(), () -> cv.experience().toString());
        assertEquals(List.of("NORTHWIND TRADERS, INC", "NORTHWIND TRADERS, INC", "BLUE HERON FOODS"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Boise, ID", cv.experience().get(2).location());
        // a dated line that is no employer's period (a single year) keeps its own entry
        ParsedCv single = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE", "Safety Induction Card", "2008",
                "Site Labourer, 2008", "Cleared the site daily.");
        assertEquals(2, single.experience().size(), () -> single.experience().toString());
    }

    @Test
    void aHeadingInCapitalsEndingOnExperienceIsOneKindOfExperience() {
        // "PROFESSIONAL WORK EXPERIENCE" after the education, "HIGHER EDUCATION EXPERIENCE": experience sections,
        // whatever field they name
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EDUCATION", "Bachelor of Engineering",
                "Riverside College of Engineering, 2008", "", "PROFESSIONAL WORK EXPERIENCE",
                "Lumen Circuits Pvt. Ltd., Pune", "March 2009 to present", "Software Engineer", "- Built firmware",
                "", "HIGHER EDUCATION EXPERIENCE", "Office of Admissions, Lakeshore University, Chicago, IL",
                "Admissions Advisor", "July 2005 - June 2008", "- Ran campus tours");
        assertEquals(List.of("Software Engineer", "Admissions Advisor"),
                cv.experience().stream().map(WorkExperience::title).toList(), () -> cv.experience().toString());
        assertEquals(1, cv.education().size(), () -> cv.education().toString());
        // "EDUCATION AND EXPERIENCE" names two sections, not a kind of experience
        ParsedCv both = parse("Jo Doe", "jo@example.com", "", "EDUCATION AND EXPERIENCE",
                "Bachelor of Arts, Lakeshore University, 2004");
        assertTrue(both.experience().isEmpty(), () -> both.experience().toString());
    }

    @Test
    void aPlaceLineBetweenTheEmployerAndTheDatesIsNotCountedAsAHeadLine() {
        // "Title" / "Employer" / "Town, ST" / dates: three lines above the dates, the place one of them
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "Work Experience", "Research Assistant",
                "Lakeshore University", "Evanston, IL", "July 2014 to December 2015", "- Analysed survey data",
                "", "Teaching Assistant", "Prairie State College", "Chicago Heights, IL", "August 2012 to May 2014",
                "- Graded lab reports");
        assertEquals(List.of("Research Assistant", "Teaching Assistant"),
                cv.experience().stream().map(WorkExperience::title).toList(), () -> cv.experience().toString());
        assertEquals(List.of("Lakeshore University", "Prairie State College"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals("Evanston, IL", cv.experience().get(0).location());
    }

    @Test
    void educationExportedWithABlankLineBeforeEveryLine() {
        // a job board's export: degree, "School -  Town, State", dates, each after a blank line
        ParsedCv cv = parse("Jo Doe", "", "jo@example.com", "", "EDUCATION", "", "Bachelor of Commerce in Commerce",
                "", "Lakeview College -  Rampur, Uttar Pradesh", "", "July 2013", "", "Higher Secondary", "",
                "Riverside Junior College -  Nagpur, Maharashtra", "", "2010", "", "SKILLS", "", "Tally");
        assertEquals(List.of("Lakeview College", "Riverside Junior College"),
                cv.education().stream().map(Education::institution).toList(), () -> cv.education().toString());
        assertEquals(List.of(PartialDate.of(2013, 7), PartialDate.ofYear(2010)),
                cv.education().stream().map(Education::end).toList());
        // a name's second half after a dash stays the name's ("Université Paris - Sorbonne" kind)
        ParsedCv named = parse("Jo Doe", "jo@example.com", "", "EDUCATION", "Master of Arts",
                "Northfield University - Lakeside Campus", "2014");
        assertEquals("Northfield University - Lakeside Campus", named.education().get(0).institution());
    }

    @Test
    void aMonthWithoutItsYearBeforeTheEndsMonthAndYearStartsTheRange() {
        // "Jun - Sept 2009" and, flattened with its dash lost, "May  Aug 2006"
        String flattened = "Jo Doe  jo@example.com    EXPERIENCE    Jun - Sept 2009    Intern engineer, Harbor Labs, "
                + "Rennes    Built the test bench for the sensors.    May  Aug 2006    Summer Intern, Northwind "
                + "Traders    Filed the purchase orders of the warehouse.    EDUCATION    Lakeshore University  "
                + "Master of Science, 2010";
        ParsedCv cv = parse(flattened);
        assertEquals(List.of(PartialDate.of(2009, 6), PartialDate.of(2006, 5)),
                cv.experience().stream().map(WorkExperience::start).toList(), () -> cv.experience().toString());
        assertEquals(List.of(PartialDate.of(2009, 9), PartialDate.of(2006, 8)),
                cv.experience().stream().map(WorkExperience::end).toList());
        assertEquals(List.of("Harbor Labs", "Northwind Traders"),
                cv.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aLineEndingOnADanglingDashIsTheJobBoardsEmployerLine() {
        // a job board's export: "Title" / "Company -  City, State -" / dates, or the employer line alone
        ParsedCv cv = parse("Jo Doe", "", "jo@example.com", "", "WORK EXPERIENCE", "", "Lumen Circuits Pvt. Ltd -  "
                + "Pune, Maharashtra -", "", "January 2017 to Present", "", "Built the billing reports.", "",
                "Order Desk Analyst", "", "Northwind Traders -  Gurgaon, Haryana -", "", "October 2014 to December 2016",
                "", "Checked the orders of the day.", "", "Systems Engineer", "", "-", "", "June 2012 to September 2014",
                "", "Kept the servers patched.");
        assertEquals(java.util.Arrays.asList("Lumen Circuits Pvt. Ltd", "Northwind Traders", null),
                cv.experience().stream().map(WorkExperience::employer).toList(), () -> cv.experience().toString());
        assertEquals(java.util.Arrays.asList(null, "Order Desk Analyst", "Systems Engineer"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals("Pune, Maharashtra", cv.experience().get(0).location());
    }

    @Test
    void aTownBeforeItsStateOnTheDatesLineIsThePlaceNotAName() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "WORK EXPERIENCE", "Bluefield Institute",
                "Tucsonville, AZ | Mar 2011 – Present", "Educational Assistant",
                "Assist teachers with day to day work including marking exams", "", "Rowan Pike & Hale, PA",
                "Fallbrook Ridge, North Carolina", "Legal Secretary (2004 - 2010)", "Kept the files.");
        assertEquals("Bluefield Institute", cv.experience().get(0).employer());
        assertEquals("Educational Assistant", cv.experience().get(0).title());
        assertEquals("Tucsonville, AZ", cv.experience().get(0).location());
        assertEquals("Fallbrook Ridge, North Carolina", cv.experience().get(1).location());
        assertEquals("Legal Secretary", cv.experience().get(1).title());
    }

    @Test
    void anAnonymisedCvOpeningOnAJobTitleHasItAsHeadlineAndNoName() {
        ParsedCv cv = parse("REVENUE CYCLE ADVOCATE", "Summary",
                "Dedicated office manager with 20 years of experience in executive support.", "", "Experience",
                "06/2011 to Current", "Revenue Cycle Advocate, Mercy Hospital", "Educated clinics on billing.");
        assertEquals("REVENUE CYCLE ADVOCATE", cv.contact().headline());
        assertEquals(null, cv.contact().fullName());
        // a name on the first line stays the name; a title lower down is no headline of a CV without a name
        assertEquals("Jo Doe", parse("Jo Doe", "Executive Chef", "jo@example.com").contact().fullName());
        assertEquals(null, parse("Summary", "Dedicated team player.", "", "Experience", "Executive Chef",
                "2019 - 2023").contact().headline());
    }

    @Test
    void aTownInCapitalsWithItsStateOnALineOfItsOwnIsThePlace() {
        // "EMPLOYER" / "TOWN, ST" / dates / title: the town is no employer, and the title under the dates is read
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "TEACHING EXPERIENCE", "MAPLEWOOD SCHOOL DISTRICT",
                "GREEN HOLLOW, PA", "2011 – 2014", "Reading Specialist", "Planned reading programs.", "",
                "BIRCHFIELD ACADEMY", "OLDTOWN, PA", "2008 – 2011", "Teacher", "Taught fourth grade.");
        assertEquals(List.of("MAPLEWOOD SCHOOL DISTRICT", "BIRCHFIELD ACADEMY"),
                cv.experience().stream().map(WorkExperience::employer).toList(), () -> cv.experience().toString());
        assertEquals(List.of("Reading Specialist", "Teacher"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(List.of("GREEN HOLLOW, PA", "OLDTOWN, PA"),
                cv.experience().stream().map(WorkExperience::location).toList());
    }

    @Test
    void aSemicolonPartsTheEmployerFromItsPlace() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE",
                "Quarrystone Builders; Boston, MA (2011—Present)", "DIRECTOR OF FINANCE", "Ran the finance team.",
                "", "Fenwick Toys, Inc.; Newark, NJ (2005—2011)", "SENIOR FINANCIAL ANALYST", "Built the budgets.");
        assertEquals(List.of("Quarrystone Builders", "Fenwick Toys, Inc."),
                cv.experience().stream().map(WorkExperience::employer).toList(), () -> cv.experience().toString());
        assertEquals(List.of("Boston, MA", "Newark, NJ"),
                cv.experience().stream().map(WorkExperience::location).toList());
    }

    @Test
    void aColonPartsTheTitleFromItsEmployerUnderTheDates() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EMPLOYMENT", "2012-2016",
                "Volunteer: Larkspur Primary School", "Helped four children with their reading.", "2009-2011",
                "Teacher Assistant: Brookfield Learning Centre, Eastvale",
                "Supported a group of children in class.");
        assertEquals(List.of("Volunteer", "Teacher Assistant"),
                cv.experience().stream().map(WorkExperience::title).toList(), () -> cv.experience().toString());
        assertEquals(List.of("Larkspur Primary School", "Brookfield Learning Centre"),
                cv.experience().stream().map(WorkExperience::employer).toList());
    }

    @Test
    void aDegreeFromItsSchoolOnOneLine() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EDUCATION",
                "Bachelor of Engineering in Computer Science from Eastvale Engineering College, Eastvale, India",
                "2006 - 2010", "", "SKILLS", "Java");
        assertEquals(1, cv.education().size(), () -> cv.education().toString());
        Education e = cv.education().get(0);
        assertTrue(e.institution().startsWith("Eastvale Engineering College"), e::toString);
        assertEquals("Bachelor of Engineering", e.degree());
        assertEquals("Computer Science", e.fieldOfStudy());
    }

    @Test
    void aPlaceInCapitalsAfterTheJobBoardsEmployerIsNoTitle() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "WORK EXPERIENCE", "Northwind Infotech LTD -  KERALA, IN -",
                "April 2017 to Present", "Built the intranet portal.", "", "Northwind Infotech LTD -  KERALA, IN -",
                "August 2015 to January 2017", "Ran the support desk.");
        assertEquals(List.of("Northwind Infotech LTD", "Northwind Infotech LTD"),
                cv.experience().stream().map(WorkExperience::employer).toList(), () -> cv.experience().toString());
        cv.experience().forEach(e -> assertEquals(null, e.title(), e::toString));
    }

    @Test
    void aLoneOrganisationNameBesideItsDatesIsTheEmployer() {
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "EXPERIENCE", "Harbourline Toys, Inc. (2005)",
                "Directed planning and analysis for the retail portfolio.", "Quillfeather Group - January 2002 to "
                + "February 2005", "Developed the control interfaces of a simulator.");
        assertEquals(List.of("Harbourline Toys, Inc.", "Quillfeather Group"),
                cv.experience().stream().map(WorkExperience::employer).toList(), () -> cv.experience().toString());
        cv.experience().forEach(e -> assertEquals(null, e.title(), e::toString));
    }
}
