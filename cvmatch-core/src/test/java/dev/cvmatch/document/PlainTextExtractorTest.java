package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
