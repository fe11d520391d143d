package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Certifications in a narrow right-hand sidebar (fictional person): a name too long for the column wraps onto a
 * second line, which is the same certification; a list of short certifications, one a line, stays a list.
 */
class SidebarCertificationsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIDEBAR_X = 420;
    private static final float SIDEBAR_WIDTH = 130;

    /** Greedy wrap at the sidebar's width, as a browser or a word processor does. */
    private static List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && REGULAR.getStringWidth(candidate) / 1000 * size > SIDEBAR_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static final class Writer {
        final PDPageContentStream stream;
        float mainY = 760;
        float sideY = 760;

        Writer(PDPageContentStream stream) {
            this.stream = stream;
        }

        void show(PDType1Font font, float size, float x, float y, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void main(PDType1Font font, float size, String text, float after) throws IOException {
            show(font, size, 40, mainY, text);
            mainY -= after;
        }

        void side(PDType1Font font, float size, String text, float after) throws IOException {
            List<String> lines = font == REGULAR ? wrap(text, size) : List.of(text);
            for (int i = 0; i < lines.size(); i++) {
                show(font, size, SIDEBAR_X, sideY, lines.get(i));
                sideY -= i < lines.size() - 1 ? 11 : after;
            }
        }
    }

    private static byte[] pdf(List<String> certifications) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Writer w = new Writer(stream);
                w.main(BOLD, 20, "Nadia Ferreira", 18);
                w.main(REGULAR, 12, "Registered Nurse", 30);
                w.main(BOLD, 12, "EXPERIENCE", 18);
                for (String[] job : new String[][] {{"Staff Nurse", "Harbour General Hospital", "2019 - 2024"},
                        {"Nursing Assistant", "Lindenfield Care Home", "2016 - 2019"}}) {
                    w.main(BOLD, 10, job[0], 13);
                    w.main(REGULAR, 10, job[1] + "    " + job[2], 13);
                    w.main(REGULAR, 9.5f, "Cared for twenty patients a shift on a surgical ward", 12);
                    w.main(REGULAR, 9.5f, "Trained new nurses in medication rounds and handovers", 22);
                }
                w.main(BOLD, 12, "EDUCATION", 18);
                w.main(BOLD, 10, "Bachelor of Science in Nursing", 13);
                w.main(REGULAR, 10, "University of Leeds    2012 - 2016", 13);

                w.side(BOLD, 11, "CONTACT", 16);
                w.side(REGULAR, 9, "nadia.ferreira@example.org", 12);
                w.side(REGULAR, 9, "07700 900123", 12);
                w.side(REGULAR, 9, "Leeds", 20);
                w.side(BOLD, 11, "PROFILE", 16);
                w.side(REGULAR, 9, "Registered nurse with eight years on surgical and elderly care wards, calm "
                        + "under pressure and trusted to train new staff on every shift.", 20);
                w.side(BOLD, 11, "SKILLS", 16);
                for (String skill : new String[] {"Patient assessment", "Wound care and dressing",
                        "Medication administration", "Infection control", "Electronic patient records"}) {
                    w.side(REGULAR, 9, skill, 14);
                }
                w.side(BOLD, 11, "CERTIFICATIONS", 16);
                for (String certification : certifications) {
                    w.side(REGULAR, 9, certification, 14);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> names(List<String> printed) throws IOException {
        ParsedCv cv = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build().parse(pdf(printed));
        return cv.certifications().stream().map(Certification::name).toList();
    }

    @Test
    void aCertificationWrappedByTheSidebarIsOne() throws IOException {
        assertEquals(List.of("Advanced Cardiovascular Life Support (ACLS)", "Basic Life Support (BLS)"),
                names(List.of("Advanced Cardiovascular Life Support (ACLS)", "Basic Life Support (BLS)")));
    }

    @Test
    void shortCertificationsOneALineStayAList() throws IOException {
        assertEquals(List.of("Moving and Handling", "Safeguarding Adults", "Food Hygiene"),
                names(List.of("Moving and Handling", "Safeguarding Adults", "Food Hygiene")));
    }
}
