package dev.cvmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.json.CvJson;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Runs the Java example of README.md on a sample CV that ships with the project, so the example cannot rot. */
class ReadmeExampleTest {

    @Test
    void readmeExampleWorks() {
        Path file = Path.of("../examples/samples/camille-martin-fr.pdf");
        // --- README example (keep in sync) ---
        CvParser parser = CvParser.builder()          // offline: PDFBox, POI, OpenNLP
                .defaultPhoneRegion("FR")               // for numbers written without +33
                .referenceMonth(YearMonth.of(2026, 11)) // "Present" runs to this month
                .build();                               // immutable, thread-safe: share it
        ParsedCv cv = parser.parse(file);
        System.out.println(cv.contact().fullName() + " <" + cv.contact().email() + "> " + cv.contact().phoneE164());
        for (WorkExperience job : cv.experience()) {
            System.out.println(job.title() + " @ " + job.employer() + " " + job.start() + " - "
                    + (job.current() ? "present" : job.end()));
        }
        System.out.println(cv.totalExperienceMonths() + " months; " + CvJson.toJsonResume(cv).length() + " chars");
        // --- end of README example ---
        assertEquals("Camille MARTIN", cv.contact().fullName());
        assertEquals("+33639984217", cv.contact().phoneE164());
        assertTrue(cv.totalExperienceMonths() > 100);
        assertEquals("Fictivia Logiciels", cv.experience().get(0).employer());
    }

    @Test
    void cvParserJavadocExampleIsTrue() {
        // --- the class example of CvParser (keep in sync) ---
        CvParser parser = CvParser.builder()
                .referenceMonth(YearMonth.of(2026, 11))
                .build();
        ParsedCv cv = parser.parse(Path.of("../examples/samples/camille-martin-fr.pdf"));
        // --- end of the example ---
        assertEquals("Camille MARTIN", cv.contact().fullName());
        assertEquals("Fictivia Logiciels", cv.experience().get(0).employer());
        assertEquals(158, cv.totalExperienceMonths());
    }
}
