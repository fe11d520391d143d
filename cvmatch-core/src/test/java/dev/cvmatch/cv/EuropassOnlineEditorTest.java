package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The Europass CV as the europa.eu online editor prints it (fictional person): each entry "dates    City" then
 * "TITLE – EMPLOYER" in capitals, its description indented under it; degrees in capitals split from their field at
 * "IN" / "EN" as they are in lower case.
 */
class EuropassOnlineEditorTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static final class Page {
        final PDPageContentStream stream;
        float y = 790;

        Page(PDPageContentStream stream) {
            this.stream = stream;
        }

        Page line(PDType1Font font, float size, float x, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
            return this;
        }

        Page next(float leading) {
            y -= leading;
            return this;
        }

        /** "dates" at the left margin and the city right-aligned on the same row. */
        Page datesAndCity(String dates, String city) throws IOException {
            line(REGULAR, 8.5f, 46, dates);
            float width = REGULAR.getStringWidth(city) / 1000 * 8.5f;
            return line(REGULAR, 8.5f, 550 - width, city).next(11);
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            document.addPage(pdPage);
            try (PDPageContentStream stream = new PDPageContentStream(document, pdPage)) {
                Page p = new Page(stream);
                p.line(BOLD, 18, 46, "Maeve Quinlan").next(16);
                p.line(REGULAR, 8.5f, 46, "Phone number: 087 555 0142   Email address: maeve.quinlan@example.ie   "
                        + "Address: Galway").next(26);
                p.line(BOLD, 10.5f, 46, "WORK EXPERIENCE").next(16);
                p.datesAndCity("10/2024 – 02/2025", "Dublin");
                p.line(BOLD, 9.5f, 46, "JUNIOR FRONT-END ENGINEER – HARBOURLINE SOFTWARE").next(12);
                p.line(REGULAR, 9, 58, "Set up visual checks of every page in the delivery pipeline").next(11);
                p.line(REGULAR, 9, 58, "Worked in Scrum with designers and back-end developers on a Node.js BFF").next(16);
                p.datesAndCity("04/2024 – 09/2024", "Dublin");
                p.line(BOLD, 9.5f, 46, "WEB DEVELOPMENT INTERN – CORRIB HEALTH TECH").next(12);
                p.line(REGULAR, 9, 58, "Integrated back-end services through REST APIs for a dashboard").next(11);
                p.line(REGULAR, 9, 58, "Improved the performance score of the home page from 54 to 92").next(26);
                p.line(BOLD, 10.5f, 46, "EDUCATION AND TRAINING").next(16);
                p.line(REGULAR, 8.5f, 46, "2021 – 2024").next(11);
                p.line(BOLD, 9.5f, 46, "MASTER OF SCIENCE IN HUMAN RESOURCE MANAGEMENT – UNIVERSITY OF GALWAY")
                        .next(26);
                p.line(BOLD, 10.5f, 46, "DIGITAL SKILLS").next(16);
                p.line(REGULAR, 9, 46, "JavaScript | TypeScript | React | Git").next(11);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theLastLineOfAnIndentedDescriptionIsNotTheNextEntrysTitle() throws IOException {
        ParsedCv cv = PARSER.parse(pdf());
        assertEquals(List.of("HARBOURLINE SOFTWARE", "CORRIB HEALTH TECH"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("JUNIOR FRONT-END ENGINEER", "WEB DEVELOPMENT INTERN"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(2, cv.experience().get(1).description().size(), cv.experience().get(1).description().toString());
    }

    @Test
    void aDegreeInCapitalsIsSplitFromItsField() throws IOException {
        Education education = PARSER.parse(pdf()).education().get(0);
        assertEquals("MASTER OF SCIENCE", education.degree()); // as "Master of Science in Human Resource ..."
        assertEquals("HUMAN RESOURCE MANAGEMENT", education.fieldOfStudy());
        assertEquals("UNIVERSITY OF GALWAY", education.institution());
    }
}
