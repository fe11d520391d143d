package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.UnsupportedFormatException;
import dev.cvmatch.cv.CvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Bad input never crashes: every case gives a typed exception with an actionable message. */
class BadInputTest {

    private final DocumentTextExtractor extractor = DocumentTextExtractor.createDefault();

    @Test
    void emptyFileIsEmptyDocument() {
        CvMatchException e = assertThrows(EmptyDocumentException.class, () -> extractor.extract(new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void jpegNamedPdfIsSniffedAsAnImage() {
        // the bytes decide, not the name: a (truncated) JPEG is handled as a JPEG image, and its damage is reported
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0};
        CvMatchException e = assertThrows(CorruptDocumentException.class, () -> extractor.extract(jpeg));
        assertTrue(e.getMessage().contains("JPEG"), e.getMessage());
        assertEquals(DocumentFormat.JPEG, FormatDetector.detect(jpeg));
    }

    @Test
    void randomBinaryIsUnsupported() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 1; // no magic number
        assertThrows(UnsupportedFormatException.class, () -> extractor.extract(bytes));
    }

    @Test
    void zipThatIsNotAnOfficeDocumentIsUnsupported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("photo.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(DocumentFormat.ZIP, FormatDetector.detect(out.toByteArray()));
        assertThrows(UnsupportedFormatException.class, () -> extractor.extract(out.toByteArray()));
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        byte[] pdf = onePagePdf("Camille Martin", null, null);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThrows(CorruptDocumentException.class, () -> extractor.extract(truncated));
    }

    @Test
    void garbageAfterPdfHeaderIsCorrupt() {
        byte[] bytes = "%PDF-1.7\nthis is not a pdf at all\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(CorruptDocumentException.class, () -> extractor.extract(bytes));
    }

    @Test
    void pdfWithUserPasswordIsEncrypted() throws IOException {
        byte[] pdf = onePagePdf("Camille Martin", "owner", "secret");
        CvMatchException e = assertThrows(EncryptedDocumentException.class, () -> extractor.extract(pdf));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void pdfWithOwnerPasswordOnlyIsRead() throws IOException {
        byte[] pdf = onePagePdf("Camille Martin", "owner", "");
        ExtractedDocument document = extractor.extract(pdf);
        assertTrue(document.text().contains("Camille Martin"), document.text());
    }

    @Test
    void pdfWithoutTextLayerNeedsOcr() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 200, 200); // a drawing, no text: what a scan looks like to a text extractor
                cs.fill();
            }
            doc.save(out);
        }
        CvMatchException e = assertThrows(EmptyDocumentException.class, () -> extractor.extract(out.toByteArray()));
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Camille Martin");
            doc.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            fs.writeFilesystem(encrypted);
        }
        assertThrows(EncryptedDocumentException.class, () -> extractor.extract(encrypted.toByteArray()));
    }

    @Test
    void truncatedDocxIsCorrupt() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 200; i++) {
                doc.createParagraph().createRun().setText("Line " + i + " of a long enough document body");
            }
            doc.write(plain);
        }
        byte[] truncated = Arrays.copyOf(plain.toByteArray(), plain.size() / 2);
        assertThrows(CvMatchException.class, () -> extractor.extract(truncated));
    }

    @Test
    void whitespaceOnlyTextCannotBeParsed() {
        byte[] blank = "   \n\n \t \n".getBytes(StandardCharsets.UTF_8);
        assertFalse(extractor.extract(blank).hasText());
        assertThrows(EmptyDocumentException.class, () -> CvParser.builder().build().parse(blank));
    }

    static byte[] onePagePdf(String text, String ownerPassword, String userPassword) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (ownerPassword != null) {
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(false);
                permission.setCanPrint(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                        permission);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
        }
        return out.toByteArray();
    }
}
