package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.OcrRequiredException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scanned CVs: image-only PDFs, PNG and JPEG. The tests that need Tesseract run when it is installed (and must run
 * when the environment variable {@code CVMATCH_REQUIRE_OCR} is {@code true}, as {@code .ci/run} sets it); the "needs
 * OCR" behaviour is tested everywhere.
 */
class OcrTest {

    private static final SampleDocuments.Renderer SCANNED = SampleDocuments.scannedPdf(
            SampleDocuments.singleColumnPdf(), 200);

    private static void requireOcr() {
        boolean available = OcrEngine.findDefault().isPresent();
        if (!available && "true".equalsIgnoreCase(System.getenv("CVMATCH_REQUIRE_OCR"))) {
            throw new AssertionError("OCR is required here but unavailable: " + OcrEngine.unavailableReason());
        }
        Assumptions.assumeTrue(available, () -> "OCR not installed: " + OcrEngine.unavailableReason());
    }

    private static DocumentTextExtractor withoutOcr() {
        return AutoDetectTextExtractor.builder().ocr(null).build();
    }

    @Test
    void scansNeedOcrWhenNoEngineIsConfigured() {
        SampleCv cv = SampleCvs.all().get(0);
        byte[] scan = SCANNED.render(cv);
        OcrRequiredException pdf = assertThrows(OcrRequiredException.class, () -> withoutOcr().extract(scan));
        assertTrue(pdf.getMessage().contains("no text layer") && pdf.getMessage().contains("OCR"), pdf.getMessage());
        for (String format : List.of("png", "jpg")) {
            byte[] image = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 100, format).render(cv);
            OcrRequiredException e = assertThrows(OcrRequiredException.class, () -> withoutOcr().extract(image));
            assertTrue(e.getMessage().contains("image"), e.getMessage());
        }
        CvParser parser = CvParser.builder().extractor(withoutOcr()).build();
        assertThrows(OcrRequiredException.class, () -> parser.parse(scan), "never an empty CV");
    }

    @Test
    void imageLargerThanThePixelLimitIsRefusedFromItsHeader() {
        byte[] huge = pngHeaderOnly(100_000, 100_000);
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> withoutOcr().extract(huge));
        assertEquals("maxImagePixels", e.limit());
        DocumentLimits small = DocumentLimits.defaults().withMaxImagePixels(1_000);
        byte[] image = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 50, "png")
                .render(SampleCvs.all().get(0));
        assertEquals("maxImagePixels", assertThrows(LimitExceededException.class,
                () -> new ImageTextExtractor(small, null).extract(image)).limit());
    }

    @Test
    void truncatedImageIsCorrupt() {
        requireOcr();
        byte[] image = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 100, "png")
                .render(SampleCvs.all().get(0));
        byte[] truncated = Arrays.copyOf(image, image.length / 3);
        assertThrows(CorruptDocumentException.class, () -> DocumentTextExtractor.createDefault().extract(truncated));
    }

    @Test
    void scannedPdfsAreReadByOcr() {
        requireOcr();
        CvParser parser = CvParser.builder().referenceMonth(SampleCvs.FACTS_REFERENCE_DATE).build();
        int emails = 0;
        int names = 0;
        int phones = 0;
        int months = 0;
        List<String> misses = new ArrayList<>();
        List<SampleDocuments.Renderer> scans = List.of(SCANNED,
                SampleDocuments.scannedPdf(SampleDocuments.twoColumnPdf(), 200));
        for (SampleDocuments.Renderer scan : scans) {
        for (SampleCv sample : SampleCvs.all()) {
            ParsedCv cv = parser.parse(scan.render(sample));
            assertTrue(cv.warnings().stream().anyMatch(w -> w.contains("OCR")), "OCR is reported: " + cv.warnings());
            emails += count(misses, sample, "email", sample.person().email(), cv.contact().email());
            names += count(misses, sample, "name", sample.person().printedName(), cv.contact().fullName());
            phones += count(misses, sample, "phone", sample.person().phoneE164(), cv.contact().phoneE164());
            months += Math.abs(cv.totalExperienceMonths()
                    - sample.expectedExperienceMonths(SampleCvs.FACTS_REFERENCE_DATE)) <= 3 ? 1 : 0;
            assertTrue(cv.cvConfidence() >= 0.8, sample.id() + " looks like a CV: " + cv.cvConfidence());
        }
        }
        int n = scans.size() * SampleCvs.all().size();
        // Measured with Tesseract 5.3 (fra+eng) on 200 dpi scans with speckle noise, single-column and two-column
        // (12 scans): 12/12 emails, 10/12 names (Tesseract drops one large letter-spaced name line, another loses its
        // capital È), 11/12 phones, 9/12 experience totals within 3 months (a garbled date or title loses a job).
        assertEquals(n, emails, misses::toString);
        assertTrue(names >= n - 2, misses::toString);
        assertTrue(phones >= n - 1, misses::toString);
        assertTrue(months >= n - 3, "experience months within 3: " + months + "/" + n);
    }

    @Test
    void pngAndJpegCvsAreReadByOcr() {
        requireOcr();
        SampleCv sample = SampleCvs.all().get(3);
        CvParser parser = CvParser.builder().build();
        for (String format : List.of("png", "jpg")) {
            byte[] image = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 150, format).render(sample);
            ParsedCv cv = parser.parse(image);
            assertEquals(format.equals("png") ? DocumentFormat.PNG : DocumentFormat.JPEG, cv.format());
            assertEquals(sample.person().email(), cv.contact().email(), format);
            assertEquals(sample.person().printedName(), cv.contact().fullName(), format);
        }
    }

    @Test
    void blankScanIsAnEmptyDocumentNotAnEmptyCv() throws IOException {
        requireOcr();
        BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", out);
        EmptyDocumentException e = assertThrows(EmptyDocumentException.class,
                () -> DocumentTextExtractor.createDefault().extract(out.toByteArray()));
        assertTrue(e.getMessage().contains("OCR found no text"), e.getMessage());
    }

    @Test
    void engineIsSharedAcrossThreads() throws Exception {
        requireOcr();
        OcrEngine engine = OcrEngine.findDefault().orElseThrow();
        byte[] png = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 150, "png")
                .render(SampleCvs.all().get(1));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
        List<OcrLine> single = engine.recognize(image, 150);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<List<OcrLine>>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                futures.add(pool.submit(() -> engine.recognize(image, 150)));
            }
            for (java.util.concurrent.Future<List<OcrLine>> f : futures) {
                assertEquals(single, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(List<String> misses, SampleCv sample, String field, String expected, String actual) {
        if (expected.equals(actual)) {
            return 1;
        }
        misses.add(sample.id() + " " + field + ": expected " + expected + " got " + actual);
        return 0;
    }

    /** A PNG signature and IHDR chunk declaring a huge image, with no pixel data: the header alone must refuse it. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }
}
