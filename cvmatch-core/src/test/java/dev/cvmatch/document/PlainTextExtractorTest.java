package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.CorruptDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private static final String CV = "Amélie Dubois\r\nDéveloppeuse Java – Lyon\r\nExpérience : 2019 – aujourd’hui";
    private final DocumentTextExtractor extractor = DocumentTextExtractor.createDefault();

    private List<String> lines(byte[] bytes) {
        ExtractedDocument document = extractor.extract(bytes);
        assertEquals(DocumentFormat.TXT, document.format());
        return document.lines().stream().map(TextLine::text).toList();
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] utf8 = CV.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("Amélie Dubois", "Développeuse Java – Lyon", "Expérience : 2019 – aujourd’hui"),
                lines(utf8));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(utf8);
        assertEquals("Amélie Dubois", lines(bom.toByteArray()).get(0));
    }

    @Test
    void utf16WithBom() {
        assertEquals("Amélie Dubois", lines(CV.getBytes(StandardCharsets.UTF_16)).get(0)); // BE with BOM
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        le.writeBytes(CV.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Développeuse Java – Lyon", lines(le.toByteArray()).get(1));
    }

    @Test
    void utf16WithoutBomIsRecognisedFromZeroBytes() {
        assertEquals("Amélie Dubois", lines(CV.getBytes(StandardCharsets.UTF_16LE)).get(0));
    }

    @Test
    void windows1252WhenNotValidUtf8() {
        String text = "Amélie Dubois\nExpérience – 2019 à 2021 “Lyon”";
        List<String> lines = lines(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("Amélie Dubois", "Expérience – 2019 à 2021 “Lyon”"), lines);
    }

    @Test
    void formFeedStartsANewPageAndOffsetsPointIntoTheText() {
        ExtractedDocument document = extractor.extract("one\ntwo\fthree".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, document.pages().size());
        for (TextLine line : document.lines()) {
            assertEquals(line.text(), document.text().substring(line.offset(), line.end()));
        }
        assertEquals(2, document.lines().get(2).page());
    }

    @Test
    void malformedUtf16IsCorrupt() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xDC, 'B'}; // lone low surrogate, odd length
        assertThrows(CorruptDocumentException.class, () -> extractor.extract(bytes));
    }

    /** Real text files hold odd bytes: each of these is text, and every line of it is kept. */
    @Test
    void nulBytesFormFeedsAndAStrayByteOrderMarkKeepTheTextAroundThem() {
        List<String> expected = List.of("Amélie Dubois", "Développeuse Java – Lyon", "Expérience : 2019 – aujourd’hui");
        // NUL bytes between the lines (a text export padded with zeros), in UTF-8 and in Windows-1252
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            String padded = CV.replace("\r\n", "\r\n\0\0\0\0");
            assertEquals(expected, lines(padded.getBytes(charset)).stream().filter(l -> !l.isEmpty()).toList(),
                    charset.name());
        }
        // a long run of NULs in the middle (a damaged copy): the text after it is read
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.writeBytes("Amélie Dubois\n".getBytes(StandardCharsets.UTF_8));
        damaged.writeBytes(new byte[3000]);
        damaged.writeBytes("\nExpérience : 2019 – aujourd’hui".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Amélie Dubois", "Expérience : 2019 – aujourd’hui"),
                lines(damaged.toByteArray()).stream().filter(l -> !l.isEmpty()).toList());
        // a byte-order mark in the middle, where two files were joined
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes("Amélie Dubois\n".getBytes(StandardCharsets.UTF_8));
        joined.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        joined.writeBytes("Développeuse Java – Lyon".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Amélie Dubois", "Développeuse Java – Lyon"), lines(joined.toByteArray()));
        // vertical tabs (Word's manual line breaks) and DOS end-of-file marks
        assertEquals(List.of("Amélie Dubois", "Développeuse Java", ""),
                lines("Amélie Dubois\u000BDéveloppeuse Java\n\u001A".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf32WithAndWithoutBom() {
        Charset le = Charset.forName("UTF-32LE");
        assertEquals("Amélie Dubois", lines(CV.getBytes(le)).get(0));
        assertEquals("Développeuse Java – Lyon", lines(CV.getBytes(Charset.forName("UTF-32BE"))).get(1));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        bom.writeBytes(CV.getBytes(le));
        assertEquals("Amélie Dubois", lines(bom.toByteArray()).get(0));
    }

    /** Symbols without a letter are no document, whatever the file's name says ("%" saved as cv.pdf). */
    @Test
    void symbolsWithoutALetterAreNotADocument() {
        for (String symbols : List.of("%", "%%", "--- * ---\n", "\u00a7\u00a7")) {
            CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                    () -> extractor.extract(symbols.getBytes(StandardCharsets.UTF_8)), symbols);
            assertTrue(e.getMessage().contains("not a valid document"), e.getMessage());
        }
        // a truncated PDF header is a PDF, reported as damaged
        assertThrows(CorruptDocumentException.class,
                () -> extractor.extract("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        // a short text is still text, and white space an empty document
        assertEquals(List.of("Jean Dupont"), lines("Jean Dupont".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(!extractor.extract(" \n\t ".getBytes(StandardCharsets.US_ASCII)).hasText());
    }

    /** Binary data is not text, even with a few printable bytes. */
    @Test
    void binaryDataIsNotText() {
        byte[] binary = new byte[4096];
        new java.util.Random(3).nextBytes(binary);
        assertThrows(dev.cvmatch.UnsupportedFormatException.class, () -> extractor.extract(binary));
    }

    /** A CV saved as a web page reads as its text, one line per block, never with its markup. */
    @Test
    void htmlPagesAreReadAsTheirText() {
        String html = String.join("\n", "<!DOCTYPE html>", "<html lang=\"fr\"><head><title>CV</title>",
                "<style>h1 { color: red; } /* <p>not text</p> */</style>",
                "<script>var x = \"<p>not text either</p>\";</script></head>", "<body>",
                "<h1>Am&eacute;lie   Dubois</h1><p>D&#233;veloppeuse Java &ndash; Lyon</p>",
                "<!-- a comment <p>hidden</p> -->",
                "<table><tr><td>Ing&eacute;nieure</td><td>2019 &ndash; 2024</td></tr></table>",
                "<ul><li>Java<li>Spring&nbsp;Boot</ul>", "<p>Contact : <a href=\"mailto:a@b.fr\">a@b.fr</a><br>",
                "06 12 34 56 78</p></body></html>");
        assertEquals(List.of("Amélie Dubois", "Développeuse Java – Lyon", "Ingénieure\t2019 – 2024", "Java",
                "Spring Boot", "Contact : a@b.fr", "06 12 34 56 78"), lines(html.getBytes(StandardCharsets.UTF_8)));
        // a text that merely mentions a tag stays text
        assertEquals(List.of("Skills: HTML (<div>, <p>), CSS"),
                lines("Skills: HTML (<div>, <p>), CSS".getBytes(StandardCharsets.UTF_8)));
    }
}
