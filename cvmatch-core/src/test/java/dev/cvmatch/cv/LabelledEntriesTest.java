package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work entries printed as labelled fields, the form of job-board and consultancy CVs ("Designation: ...",
 * "Company: ...", "Duration: ...", "Poste : ...", "Client : ..."): the labels say which value is the title and which
 * the employer, whatever their order and whatever the words of the values.
 */
class LabelledEntriesTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    private static ParsedCv parse(String... lines) {
        return PARSER.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> titles(ParsedCv cv) {
        return cv.experience().stream().map(WorkExperience::title).toList();
    }

    private static List<String> employers(ParsedCv cv) {
        return cv.experience().stream().map(WorkExperience::employer).toList();
    }

    @Test
    void labelsBeforeTheDatesNameTitleAndEmployer() {
        ParsedCv cv = parse("Ravi Kumar", "ravi.kumar@example.com", "", "PROFESSIONAL EXPERIENCE", "",
                "Designation: Software Engineer", "Company: Infosys Limited", "Client: BC Hydro",
                "Duration: Jan 2010 - Dec 2012", "Team Size: 8", "Environment: Java, Spring", "",
                "Designation: Associate", "Company: Wipro Technologies", "Duration: Mar 2007 - Dec 2009",
                "Team Size: 4");
        assertEquals(List.of("Software Engineer", "Associate"), titles(cv));
        assertEquals(List.of("Infosys Limited", "Wipro Technologies"), employers(cv));
        // the client is a name, not the place of the job
        assertNull(cv.experience().get(0).location());
        assertEquals(2010, cv.experience().get(0).start().year());
        assertEquals(2007, cv.experience().get(1).start().year());
        // the entry's details stay in its description, with their labels
        assertEquals(true, String.join("\n", cv.experience().get(0).description()).contains("Team Size: 8"),
                cv.experience().get(0).description().toString());
    }

    @Test
    void aLabelledTitleUnderTheDatesIsTheTitleEvenWithoutTitleWords() {
        // "Position:" printed against its colon; "Executive Director and CEO" has no title head noun at its end
        ParsedCv cv = parse("Allan Koepp", "allan@example.com", "", "EMPLOYMENT HISTORY", "",
                "KIRLOSKAR FERROUS INDUSTRIES LTD, HOSPET", "Duration: 8 Years (April 1994 to March 2002)",
                "Position: Senior Vice-President and CEO", "Job Profile: Project Planning, Erection", "",
                "TATA ENGINEERING AND LOCOMOTIVE COMPANY", "Duration: April 1970 to March 1994",
                "Position: Trainee Engineer to Divisional Manager", "Job Profile: Foundry operations");
        assertEquals(List.of("Senior Vice-President and CEO", "Trainee Engineer to Divisional Manager"), titles(cv));
        assertEquals(List.of("KIRLOSKAR FERROUS INDUSTRIES LTD", "TATA ENGINEERING AND LOCOMOTIVE COMPANY"),
                employers(cv));
        assertFalse(titles(cv).stream().anyMatch(t -> t.startsWith("Position")), titles(cv).toString());
    }

    @Test
    void frenchLabelsWithASpaceBeforeTheColon() {
        ParsedCv cv = parse("Camille Martin", "camille.martin@example.fr", "", "EXPÉRIENCES PROFESSIONNELLES", "",
                "Entreprise : Société Générale", "Poste : Consultante fonctionnelle", "Période : 2019 - 2023",
                "Environnement technique : SAP, Jira", "", "Entreprise : Capgemini", "Poste : Analyste",
                "Période : 2015 - 2019");
        assertEquals(List.of("Consultante fonctionnelle", "Analyste"), titles(cv));
        assertEquals(List.of("Société Générale", "Capgemini"), employers(cv));
    }

    @Test
    void labelsPrintedUnderTheDatesStayWithTheirOwnEntry() {
        // each entry: its dates, then its labelled title and employer; the next entry's dates come after
        ParsedCv cv = parse("Jo Doe", "jo@example.com", "", "WORK EXPERIENCE", "", "Duration: 2018 - 2022",
                "Position: Store Manager", "Company: Fresh Market", "", "Duration: 2014 - 2018",
                "Position: Cashier", "Company: Corner Shop");
        assertEquals(List.of("Store Manager", "Cashier"), titles(cv));
        assertEquals(List.of("Fresh Market", "Corner Shop"), employers(cv));
    }
}
