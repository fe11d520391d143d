package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Education entries as résumé themes print them: a "Courses" list and a field of study set as small sub-headings
 * inside an entry ("Courses" / "Deep Learning" / ... then the next school), and descriptions that mention a period
 * or a degree in a sentence.
 */
class EducationSubHeadingsTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PDPageContentStream cs;
    private float y;

    private void line(PDType1Font font, float size, String s) throws IOException {
        y += size * 1.6f;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(50, PDRectangle.LETTER.getHeight() - y);
        cs.showText(s);
        cs.endText();
    }

    private void heading(String s) throws IOException {
        y += 10;
        line(BOLD, 16, s);
    }

    /** Writes the lines of one page. */
    private interface PageBody {
        void write() throws IOException;
    }

    private byte[] pdf(PageBody body) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = 30;
            line(BOLD, 24, "Alex Martin");
            body.write();
            cs.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private byte[] themed(String subHeading) throws IOException {
        return pdf(() -> {
            line(REGULAR, 10, "alex.martin@example.com");
            heading("Work");
            line(BOLD, 11, "Data Scientist at Acme Analytics    2021 - 2024");
            line(REGULAR, 10, "Built forecasting models in Python.");
            heading("Education");
            line(BOLD, 11, "NYU Tandon School of Engineering    2019 - 2021");
            line(REGULAR, 10, "Master of Science");
            line(BOLD, 10, subHeading);
            line(REGULAR, 10, "Deep Learning");
            line(REGULAR, 10, "Reinforcement Learning");
            line(BOLD, 11, "Northeastern University    2015 - 2019");
            line(REGULAR, 10, "Bachelor of Science");
            heading("Skills");
            line(REGULAR, 10, "Python, SQL");
        });
    }

    @Test
    void aCourseListUnderASchoolKeepsTheNextSchoolInEducation() throws IOException {
        ParsedCv cv = PARSER.parse(themed("Courses"));
        assertEquals(List.of("NYU Tandon School of Engineering", "Northeastern University"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of("Master of Science", "Bachelor of Science"),
                cv.education().stream().map(Education::degree).toList());
        assertEquals(2019, cv.education().get(1).end().year());
    }

    @Test
    void aFieldOfStudyThatIsAlsoAHeadingWordStaysInItsEntry() throws IOException {
        // "Informatique" is a skills heading in French CVs; here it is printed small, inside the entry
        ParsedCv cv = PARSER.parse(themed("Informatique"));
        assertEquals(List.of("NYU Tandon School of Engineering", "Northeastern University"),
                cv.education().stream().map(Education::institution).toList());
    }

    @Test
    void aCoursesHeadingSetLikeTheOtherHeadingsIsASectionOfItsOwn() throws IOException {
        ParsedCv cv = PARSER.parse(pdf(() -> {
            heading("Work");
            line(BOLD, 11, "Data Scientist at Acme Analytics    2021 - 2024");
            heading("Education");
            line(BOLD, 11, "Northeastern University    2015 - 2019");
            line(REGULAR, 10, "Bachelor of Science");
            heading("Courses");
            line(REGULAR, 10, "Machine Learning Specialization, Coursera University Program 2020");
        }));
        assertEquals(List.of("Northeastern University"),
                cv.education().stream().map(Education::institution).toList());
    }

    @Test
    void aPeriodOrADegreeNamedInADescriptionOpensNoEntry() {
        String text = String.join("\n", "Jo Doe", "", "FORMATION",
                "Licence 3 MIAGE at Université Grenoble Alpes\tSept 2015 - Jun 2016",
                "Formation suivie pendant l'année 2015-2016, parcours Méthodes Informatiques Appliquées à la Gestion.",
                "J'ai effectué cette licence MIAGE dans un but stratégique, cette licence m'a permis de consolider mes"
                        + " acquis en développement et surtout d'accroître mes capacités",
                "BTS SIO (SISR) at Lycée Aristide Bergès\tSept 2013 - Jun 2015",
                "Le BTS SIO (informatique) spécialité SISR (réseaux) m'a apporté de solides bases en matière de réseaux",
                "et j'ai validé mes compétences Cisco CCNA1 à l'université Glyndwr (Angleterre).");
        ParsedCv cv = PARSER.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Université Grenoble Alpes", "Lycée Aristide Bergès"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of("Licence 3", "BTS"), cv.education().stream().map(Education::degree).toList());
    }

    @Test
    void aDegreeNamedInLowerCaseWordsIsStillAnEntryHead() {
        String text = String.join("\n", "Jo Doe", "", "Formation",
                "Licence professionnelle en Administration des systèmes et réseaux", "IUT de Nantes, 2022 – 2023",
                "DUT en Administration des systèmes et réseaux", "IUT de Bordeaux, 2020 – 2022", "Baccalauréat en STMG",
                "Lycée Carnot, Roanne, 2020");
        ParsedCv cv = PARSER.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Licence professionnelle", "DUT", "Baccalauréat"),
                cv.education().stream().map(Education::degree).toList());
    }
}
