package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A name printed large on two lines, first name then surname, with the job title under it (fictional person). */
class NameOnTwoLinesTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static void show(PDPageContentStream stream, PDType1Font font, float size, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(40, y);
        stream.showText(text);
        stream.endText();
    }

    @Test
    void theHeadlineIsTheLineUnderTheSurname() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                show(stream, BOLD, 40, 780, "Maël");
                show(stream, BOLD, 40, 738, "DUVERNOY");
                show(stream, REGULAR, 20, 708, "Développeuse Python");
                show(stream, REGULAR, 10, 684, "mael.duvernoy@example.fr  |  06 12 34 56 78  |  Nantes");
                show(stream, BOLD, 14, 650, "Expérience");
                show(stream, BOLD, 11, 630, "Ingénieure logiciel   mars 2019 - aujourd'hui");
                show(stream, REGULAR, 11, 616, "Brume Logiciels, Nantes");
                show(stream, REGULAR, 10, 602, "Développement d'outils d'analyse en Python et Django");
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        ParsedCv cv = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build().parse(pdf);
        assertEquals("Maël DUVERNOY", cv.contact().fullName());
        assertEquals("Développeuse Python", cv.contact().headline());
    }
}
