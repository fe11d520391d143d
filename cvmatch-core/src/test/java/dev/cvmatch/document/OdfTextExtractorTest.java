package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.CvMatchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdfTextExtractorTest {

    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    static byte[] odt(String contentXml) {
        return dev.cvmatch.testing.OdtPackage.of(contentXml);
    }

    @Test
    void readsParagraphsTablesListsAndBoldStyles() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NS + ">"
                + "<office:automatic-styles><style:style style:name=\"B\" style:family=\"text\">"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
                + "<office:body><office:text>"
                + "<text:p><text:span text:style-name=\"B\">Inès Tran</text:span></text:p>"
                + "<text:h>EXPÉRIENCE</text:h>"
                + "<table:table><table:table-row><table:table-cell><text:p>2021 – 2022</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Développeuse<text:s text:c=\"2\"/>front-end</text:p>"
                + "<text:list><text:list-item><text:p>Migration vers React</text:p></text:list-item></text:list>"
                + "</table:table-cell></table:table-row></table:table>"
                + "</office:text></office:body></office:document-content>";
        ExtractedDocument document = DocumentTextExtractor.createDefault().extract(odt(xml));
        assertEquals(DocumentFormat.ODT, document.format());
        List<TextLine> lines = document.lines();
        assertEquals(List.of("Inès Tran", "EXPÉRIENCE", "2021 – 2022", "Développeuse  front-end",
                "• Migration vers React"), lines.stream().map(TextLine::text).toList());
        assertTrue(lines.get(0).style().bold());
        assertTrue(lines.get(1).style().bold(), "headings are bold");
        assertEquals(Region.TABLE, lines.get(2).region());
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<office:document-content " + NS + "><office:body><office:text>"
                + "<text:p>Name &xxe;</text:p></office:text></office:body></office:document-content>";
        byte[] odt = odt(xml);
        try {
            ExtractedDocument document = DocumentTextExtractor.createDefault().extract(odt);
            assertFalse(document.text().contains("TOP-SECRET"), document.text());
        } catch (CvMatchException expected) {
            assertFalse(String.valueOf(expected.getMessage()).contains("TOP-SECRET"));
        }
    }

    @Test
    void malformedBytesAreATypedErrorAndNothingIsPrinted() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NS + "><office:body>"
                + "<office:text><text:p>Café crème</text:p></office:text></office:body></office:document-content>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream odt = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(odt)) {
            dev.cvmatch.testing.OdtPackage.putStored(zip, "mimetype",
                    "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(latin1);
        }
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThrows(dev.cvmatch.CorruptDocumentException.class,
                    () -> DocumentTextExtractor.createDefault().extract(odt.toByteArray()));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8),
                "the XML parser must not print on the host's stderr");
    }
}
