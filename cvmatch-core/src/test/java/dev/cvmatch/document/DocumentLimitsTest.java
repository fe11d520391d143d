package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.LimitExceededException;
import dev.cvmatch.cv.CvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Every limit of {@link DocumentLimits} stops a document with a typed exception naming it, in bounded time. */
class DocumentLimitsTest {

    static byte[] pdf(int pages, int linesPerPage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 8);
                    cs.newLineAtOffset(40, 760);
                    for (int l = 0; l < linesPerPage; l++) {
                        cs.showText("Line " + l + " of page " + p + " with some words to extract for the test");
                        cs.newLineAtOffset(0, -9);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static String limitOf(Runnable r) {
        LimitExceededException e = assertThrows(LimitExceededException.class, r::run);
        assertTrue(e.getMessage().length() > 20, e.getMessage());
        return e.limit();
    }

    @Test
    void tooManyPagesIsRejectedBeforeReadingThem() throws IOException {
        byte[] book = pdf(120, 5);
        DocumentTextExtractor extractor = DocumentTextExtractor.createDefault();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals("maxPages", limitOf(() -> extractor.extract(book))));
        DocumentTextExtractor lenient = AutoDetectTextExtractor.builder()
                .limits(DocumentLimits.defaults().withMaxPages(200)).build();
        assertEquals(120, lenient.extract(book).pages().size());
    }

    @Test
    void tooManyCharactersStopsTheExtraction() throws IOException {
        DocumentLimits small = DocumentLimits.defaults().withMaxCharacters(2_000);
        DocumentTextExtractor extractor = AutoDetectTextExtractor.builder().limits(small).build();
        assertEquals("maxCharacters", limitOf(() -> extractor.extract(pdfUnchecked(3, 80))));
        assertEquals("maxCharacters", limitOf(() -> extractor.extract("word ".repeat(1_000)
                .getBytes(StandardCharsets.UTF_8))));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 200; i++) {
                doc.createParagraph().createRun().setText("Paragraph " + i + " of a document that is far too long");
            }
            doc.write(docx);
        }
        assertEquals("maxCharacters", limitOf(() -> extractor.extract(docx.toByteArray())));
    }

    @Test
    void theTimeBudgetStopsALongExtraction() throws IOException {
        byte[] big = pdf(40, 80);
        DocumentTextExtractor extractor = AutoDetectTextExtractor.builder()
                .limits(DocumentLimits.defaults().withTimeBudget(Duration.ofMillis(1))).build();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals("timeBudget",
                limitOf(() -> extractor.extract(big))));
    }

    @Test
    void tooManyBytesIsRejected() {
        CvParser parser = CvParser.builder().limits(DocumentLimits.defaults().withMaxBytes(100)).build();
        assertEquals("maxBytes", limitOf(() -> parser.parse("x".repeat(500).getBytes(StandardCharsets.UTF_8))));
        assertThrows(IllegalArgumentException.class, () -> DocumentLimits.defaults().withMaxPages(0));
    }

    private static byte[] pdfUnchecked(int pages, int lines) {
        try {
            return pdf(pages, lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
