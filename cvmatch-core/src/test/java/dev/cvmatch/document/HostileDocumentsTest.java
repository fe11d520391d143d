package dev.cvmatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.OcrRequiredException;
import dev.cvmatch.UnsupportedFormatException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents, every one generated here (no binary fixture): decompression bombs, XML entity expansion and
 * external entities, deeply nested and cyclic PDF structures, lying page counts, malformed text encodings, truncated
 * files, and documents that are not CVs. Each case asserts its documented outcome, either the exact
 * {@link CvMatchException} subclass or a successful extraction with the stated property, within the default time
 * budget plus a margin ({@link #DEADLINE}). An untyped exception, a {@link StackOverflowError}, an
 * {@link OutOfMemoryError}, a hang or file contents leaking through an XML entity all fail the test.
 *
 * <p>The cases with the largest inputs (the zip bombs, the 2,000-page PDF) also print rough heap figures: used heap
 * after a GC before and after the extraction, the peak of the heap pools during it (garbage included) and the bytes
 * the extracting thread allocated.
 */
class HostileDocumentsTest {

    /** The default time budget (10 s) plus a margin for a slow machine; every case here takes far less. */
    private static final Duration DEADLINE = DocumentLimits.defaults().timeBudget().plusSeconds(5);

    private static final DocumentTextExtractor EXTRACTOR = AutoDetectTextExtractor.builder().ocr(null).build();

    private static final CvParser PARSER = CvParser.builder().extractor(EXTRACTOR)
            .referenceMonth(SampleCvs.FACTS_REFERENCE_DATE).build();

    private static final long MIB = 1024 * 1024;

    // ------------------------------------------------------------------------------------------------------------
    // 1, 2. Decompression bombs

    @Test
    void docxWithAGigabyteDocumentXmlIsRefusedWithoutInflatingIt() {
        byte[] bomb = docx().level(Deflater.DEFAULT_COMPRESSION).repeated("word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W_NS + "\"><w:body>",
                "<w:p><w:r><w:t>Lorem ipsum dolor sit amet</w:t></w:r></w:p>", 1024 * MIB,
                "</w:body></w:document>").bytes();
        assertTrue(bomb.length < 4 * MIB, "a small file: " + bomb.length);
        Outcome outcome = extract("DOCX bomb, 1 GiB document.xml", bomb, EXTRACTOR, true);
        assertEquals("maxBytes", outcome.failure(LimitExceededException.class).limit());
        outcome.assertRetainedBelow(256 * MIB);
        outcome.assertAllocatedBelow(256 * MIB);
    }

    @Test
    void odtWithAGigabyteContentXmlIsRefusedWithoutInflatingIt() {
        byte[] bomb = odt().level(Deflater.DEFAULT_COMPRESSION).repeated("content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NS
                        + "><office:body><office:text>",
                "<text:p>Lorem ipsum dolor sit amet</text:p>", 1024 * MIB,
                "</office:text></office:body></office:document-content>").bytes();
        assertTrue(bomb.length < 4 * MIB, "a small file: " + bomb.length);
        Outcome outcome = extract("ODT bomb, 1 GiB content.xml", bomb, EXTRACTOR, true);
        assertEquals("maxDecodedBytes", outcome.failure(LimitExceededException.class).limit());
        outcome.assertRetainedBelow(256 * MIB);
        outcome.assertAllocatedBelow(256 * MIB);
    }

    /**
     * POI's zip-bomb check only refuses parts inflating more than 100 times; this document.xml inflates about ten
     * times, to 110 MiB, which POI would load into memory and parse to an XML tree of gigabytes (it used to escape as
     * an untyped {@code RecordFormatException}: POI refuses a part over 100 MB that way).
     */
    @Test
    void docxBelowPoisInflateRatioButHugeIsRefused() {
        byte[] chunk = paragraphsWithRandomWords(new Random(7), (int) MIB);
        byte[] bomb = docx().level(Deflater.BEST_SPEED).repeated("word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W_NS + "\"><w:body>",
                chunk, 110, "</w:body></w:document>").bytes();
        assertTrue(bomb.length < 32 * MIB, "under the byte limit: " + bomb.length);
        assertTrue(bomb.length * 100L > 110 * MIB, "under POI's ratio check: " + bomb.length);
        Outcome outcome = extract("DOCX, 110 MiB document.xml at a 1:" + 110 * MIB / bomb.length + " ratio", bomb,
                EXTRACTOR, true);
        assertEquals("maxBytes", outcome.failure(LimitExceededException.class).limit());
        outcome.assertRetainedBelow(256 * MIB);
        outcome.assertAllocatedBelow(256 * MIB);
    }

    /**
     * Under the whole-archive cap (64 MiB) but 40 MiB of XML in one part: POI would take about 8 s and 900 MB of heap
     * to build its tree; one XML part may not exceed 16 MiB.
     */
    @Test
    void docxWithOneHugeXmlPartUnderTheArchiveCapIsRefused() {
        byte[] chunk = paragraphsWithRandomWords(new Random(11), (int) MIB);
        byte[] big = docx().level(Deflater.BEST_SPEED).repeated("word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W_NS + "\"><w:body>",
                chunk, 40, "</w:body></w:document>").bytes();
        Outcome outcome = extract("DOCX, 40 MiB document.xml", big, EXTRACTOR, true);
        LimitExceededException e = outcome.failure(LimitExceededException.class);
        assertEquals("maxBytes", e.limit());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
        assertTrue(outcome.millis() < 3_000, outcome.millis() + " ms");
        outcome.assertAllocatedBelow(256 * MIB);
    }

    /** Zip entries are inflated even when skipped: a bomb in an entry nobody reads must not stall anything. */
    @Test
    void bombEntriesThatAreNeverReadAreBoundedToo() {
        byte[] zeros = new byte[(int) MIB];
        // before the DOCX parts: format detection stops inflating, sees no Word part, and calls it a plain ZIP
        byte[] docx = new Zip().level(Deflater.BEST_SPEED).repeated("aaa.bin", "", zeros, 256, "")
                .entry("[Content_Types].xml", CONTENT_TYPES).entry("_rels/.rels", PACKAGE_RELS)
                .entry("word/document.xml", documentXml("", "Camille Martin")).bytes();
        extract("DOCX, 256 MiB entry before the Word parts", docx, EXTRACTOR, true)
                .failure(UnsupportedFormatException.class);
        // between the ODT mimetype and content.xml: the ODT reader stops inflating
        byte[] odt = odt().level(Deflater.BEST_SPEED).repeated("Pictures/photo.bin", "", zeros, 256, "")
                .entry("content.xml", contentXml("", "Camille Martin")).bytes();
        Outcome outcome = extract("ODT, 256 MiB picture before content.xml", odt, EXTRACTOR, true);
        assertEquals("maxDecodedBytes", outcome.failure(LimitExceededException.class).limit());
        outcome.assertRetainedBelow(256 * MIB);
        outcome.assertAllocatedBelow(256 * MIB);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. XML entities: expansion and external entities

    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    /** POI refuses any DOCTYPE in a DOCX part: the billion laughs never start. */
    @Test
    void docxBillionLaughsIsCorrupt() {
        byte[] docx = docx().entry("word/document.xml", documentXml(LAUGHS, "&lol9;")).bytes();
        CorruptDocumentException e = extract("DOCX billion laughs", docx, EXTRACTOR, false)
                .failure(CorruptDocumentException.class);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    /** The ODT reader ignores DTDs: the entities are never declared, so referencing one is malformed XML. */
    @Test
    void odtBillionLaughsIsCorrupt() {
        extract("ODT billion laughs", odt().entry("content.xml", contentXml(LAUGHS, "&lol9;")).bytes(), EXTRACTOR,
                false).failure(CorruptDocumentException.class);
        ExtractedDocument unused = extract("ODT with an unused DTD", odt().entry("content.xml",
                contentXml(LAUGHS, "Camille Martin")).bytes(), EXTRACTOR, false).document();
        assertEquals("Before the entity\nCamille Martin\nAfter the entity", unused.text());
    }

    @Test
    void externalEntitiesNeverLeakFileContents() throws IOException {
        String secret = "XXE-SECRET-" + UUID.randomUUID();
        Path file = Files.createTempFile("hostile-xxe", ".txt");
        try {
            Files.writeString(file, secret + "\n");
            for (String uri : List.of(file.toUri().toString(), "file:///etc/passwd")) {
                String general = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + uri + "\">]>";
                String parameter = "<!DOCTYPE x [<!ENTITY % xxe SYSTEM \"" + uri + "\"> %xxe;]>";
                String[] leaks = {secret, "root:"};
                // DOCX: POI refuses the DOCTYPE, in the body as in the package relationships
                noLeak(extract("DOCX XXE " + uri, docx().entry("word/document.xml", documentXml(general, "&xxe;"))
                        .bytes(), EXTRACTOR, false), CorruptDocumentException.class, leaks);
                noLeak(extract("DOCX XXE in relationships " + uri, docx()
                        .entry("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + general
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                + "relationships\"><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/"
                                + "officeDocument/2006/relationships/hyperlink\" Target=\"&xxe;\" "
                                + "TargetMode=\"External\"/></Relationships>")
                        .entry("word/document.xml", documentXml("", "Camille Martin")).bytes(), EXTRACTOR, false),
                        CorruptDocumentException.class, leaks);
                // ODT: DTDs are not read, so the general entity is undeclared and the parameter entity ignored
                noLeak(extract("ODT XXE " + uri, odt().entry("content.xml", contentXml(general, "&xxe;")).bytes(),
                        EXTRACTOR, false), CorruptDocumentException.class, leaks);
                Outcome ignored = extract("ODT XXE parameter entity " + uri, odt().entry("content.xml",
                        contentXml(parameter, "Camille Martin")).bytes(), EXTRACTOR, false);
                noLeak(ignored, null, leaks);
                assertEquals("Before the entity\nCamille Martin\nAfter the entity", ignored.document().text());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** POI refuses XML nested deeper than 1,000 elements before our walker (which recurses into tables) sees it. */
    @Test
    void docxTablesNestedFiveThousandDeepAreCorrupt() {
        int depth = 5_000;
        String body = "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p><w:r><w:t>Deep</w:t></w:r></w:p>"
                + "<w:p/></w:tc></w:tr></w:tbl>".repeat(depth);
        byte[] docx = docx().entry("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                + "xmlns:w=\"" + W_NS + "\"><w:body>" + body + "</w:body></w:document>").bytes();
        extract("DOCX tables nested " + depth + " deep", docx, EXTRACTOR, false)
                .failure(CorruptDocumentException.class);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 4, 5. Deep and cyclic PDF structures

    /** PDFBox walks the page tree recursively: 10,000 levels overflowed the stack (now a typed exception). */
    @Test
    void pdfPageTreeNestedTenThousandLevelsIsCorrupt() {
        int depth = 10_000;
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
        int[] chain = new int[depth];
        for (int i = 0; i < depth; i++) {
            chain[i] = pdf.reserve();
        }
        int page = pdf.add(Pdf.page(chain[depth - 1], "", ""));
        pdf.set(2, "<< /Type /Pages /Kids [" + chain[0] + " 0 R] /Count 1 >>");
        for (int i = 0; i < depth; i++) {
            pdf.set(chain[i], "<< /Type /Pages /Parent " + (i == 0 ? 2 : chain[i - 1]) + " 0 R /Kids ["
                    + (i + 1 < depth ? chain[i + 1] : page) + " 0 R] /Count 1 >>");
        }
        extract("PDF page tree " + depth + " levels deep", pdf.bytes(), EXTRACTOR, false)
                .failure(CorruptDocumentException.class);
    }

    @Test
    void pdfWithHundredThousandNestedArraysAndDictionaries() {
        int depth = 100_000;
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String dictionaries = "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
        // in the content stream, as operands: PDFBox would stop reading the stream where the nesting passes its
        // limit (a few hundred levels) and silently lose the text after it; the content scanner refuses the page
        // instead (200,000 operand tokens without an operator)
        for (String operand : List.of(arrays + " TJ", dictionaries + " BDC", arrays + " " + dictionaries + " zz")) {
            Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE) + "\n" + operand + "\n"
                    + Pdf.text(72, 600, "Text after the nested operands"));
            pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "", "")) + " 0 R] /Count 1 >>");
            extract("PDF content with " + operand.substring(operand.length() - 3).strip() + " operands nested "
                    + depth + " deep", pdf.bytes(), EXTRACTOR, false).failure(CorruptDocumentException.class);
        }
        // in an object the page refers to: read lazily, the page text is unaffected
        for (String nested : List.of(arrays, dictionaries)) {
            Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
            int junk = pdf.add(nested);
            pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "", "/Junk " + junk + " 0 R")) + " 0 R]"
                    + " /Count 1 >>");
            assertEquals(SENTENCE, extract("PDF page referring to an object nested " + depth + " deep", pdf.bytes(),
                    EXTRACTOR, false).document().text());
        }
        // inside the page dictionary itself: PDFBox gives up on the page's entries, so the page has no readable
        // content, which (OCR being off) is reported as a page needing OCR
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "", "/Junk " + arrays)) + " 0 R] /Count 1 >>");
        extract("PDF page dictionary with arrays nested " + depth + " deep", pdf.bytes(), EXTRACTOR, false)
                .failure(OcrRequiredException.class);
    }

    /** A form drawing itself is stopped by PDFBox; the page's own text is read. */
    @Test
    void pdfFormDrawingItselfIsRead() {
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE) + " /X1 Do");
        int form = pdf.reserve();
        pdf.set(form, Pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 "
                + form + " 0 R >> >>", "/X1 Do"));
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "/XObject << /X1 " + form + " 0 R >>", ""))
                + " 0 R] /Count 1 >>");
        assertEquals(SENTENCE, extract("PDF form drawing itself", pdf.bytes(), EXTRACTOR, false).document().text());
    }

    /**
     * Nine levels of forms each drawing the next ten times: 10^8 drawings of a line from a 2 KB file, and no text
     * (the time budget used to be checked on glyphs only; this ran for three minutes). With a 1 s budget.
     */
    @Test
    void pdfFormFanOutStopsAtTheTimeBudget() {
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE) + " /X Do");
        int levels = 9;
        int[] forms = new int[levels];
        for (int i = 0; i < levels; i++) {
            forms[i] = pdf.reserve();
        }
        for (int i = 0; i < levels; i++) {
            boolean leaf = i == levels - 1;
            pdf.set(forms[i], Pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources "
                            + (leaf ? "<< >>" : "<< /XObject << /X " + forms[i + 1] + " 0 R >> >>"),
                    leaf ? "0 0 m 1 1 l S" : "/X Do ".repeat(10)));
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "/XObject << /X " + forms[0] + " 0 R >>", ""))
                + " 0 R] /Count 1 >>");
        DocumentTextExtractor oneSecond = AutoDetectTextExtractor.builder().ocr(null)
                .limits(DocumentLimits.defaults().withTimeBudget(Duration.ofSeconds(1))).build();
        Outcome outcome = extract("PDF forms fanning out to 10^8 drawings", pdf.bytes(), oneSecond, false);
        assertEquals("timeBudget", outcome.failure(LimitExceededException.class).limit());
        assertTrue(outcome.millis() < 5_000, outcome.millis() + " ms");
    }

    @Test
    void pdfCyclicPageTreeIsCorruptOrReadOnce() {
        // the root lists itself among its kids: walking the tree reaches the page twice
        Pdf self = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
        self.set(2, "<< /Type /Pages /Kids [2 0 R " + self.add(Pdf.page(2, "", "")) + " 0 R] /Count 2 >>");
        extract("PDF page tree root is its own kid", self.bytes(), EXTRACTOR, false)
                .failure(CorruptDocumentException.class);
        // an intermediate node lists its parent among its kids: PDFBox's walk does not re-enter a node it is in, so
        // the one real page is read, once
        Pdf parent = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
        int middle = parent.reserve();
        int page = parent.add(Pdf.page(middle, "", ""));
        parent.set(2, "<< /Type /Pages /Kids [" + middle + " 0 R] /Count 2 >>");
        parent.set(middle, "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R " + page + " 0 R] /Count 2 >>");
        assertEquals(SENTENCE, extract("PDF page tree node's kid is its parent", parent.bytes(), EXTRACTOR, false)
                .document().text());
    }

    // ------------------------------------------------------------------------------------------------------------
    // 6. Page counts

    @Test
    void pdfDeclaringWrongPageCountsIsReadFromItsRealPages() {
        // /Count is not trusted: the page tree is walked (at most maxPages + 1 pages), so the one real page is read
        for (String count : List.of("1000000000", "2147483647", "0", "-5")) {
            Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE));
            pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "", "")) + " 0 R] /Count " + count + " >>");
            assertEquals(SENTENCE, extract("PDF of one page declaring " + count + " pages", pdf.bytes(),
                    EXTRACTOR, false).document().text());
        }
    }

    /**
     * 2,000 real pages (the 120-page book of {@link DocumentLimitsTest} is the same case, smaller): refused from the
     * page count before any page is read; with the page limit raised, read within the default time budget.
     */
    @Test
    void pdfOfTwoThousandPages() throws IOException {
        byte[] book = DocumentLimitsTest.pdf(2_000, 1);
        Outcome refused = extract("PDF of 2,000 pages", book, EXTRACTOR, true);
        assertEquals("maxPages", refused.failure(LimitExceededException.class).limit());
        refused.assertRetainedBelow(256 * MIB);
        refused.assertAllocatedBelow(256 * MIB);
        DocumentTextExtractor lenient = AutoDetectTextExtractor.builder().ocr(null)
                .limits(DocumentLimits.defaults().withMaxPages(2_000).withTimeBudget(DEADLINE.minusSeconds(1)))
                .build(); // about 5 s alone on 2 cores: the case is about memory, so the time budget is widened
        Outcome read = extract("PDF of 2,000 pages, page limit 2,000", book, lenient, true);
        assertEquals(2_000, read.document().pages().size());
        assertTrue(read.document().text().contains("Line 0 of page 1999"), "last page read");
        read.assertRetainedBelow(256 * MIB);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 6b. Stream bombs: one PDF stream that decodes to far more than the budget, in every kind of stream

    /** 1 GiB of zeros, Flate-compressed once for the whole run (about 1 MB). */
    private static volatile byte[] gigabyteOfZeros;

    private static byte[] gigabyteOfZeros() {
        if (gigabyteOfZeros == null) {
            gigabyteOfZeros = deflate(1024 * MIB);
        }
        return gigabyteOfZeros;
    }

    /** Zeros of the given length, Flate (zlib) compressed without ever holding them. */
    private static byte[] deflate(long zeros) {
        return deflateFollowedByZeros(new byte[0], zeros);
    }


    private static byte[] deflate(byte[] data) {
        return deflateFollowedByZeros(data, 0);
    }


    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A stream object whose data is given raw (already encoded), with its filter in the dictionary. */
    private static String encodedStream(String dictionary, byte[] data) {
        return Pdf.stream(dictionary, latin1(data));
    }

    /** A one-page PDF with readable text, plus what the case adds; the page has the resources and entries given. */
    private static byte[] pdfWith(java.util.function.Function<Pdf, String[]> extra) {
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE) + " /X1 Do");
        String[] resourcesAndEntries = extra.apply(pdf);
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, resourcesAndEntries[0], resourcesAndEntries[1]))
                + " 0 R] /Count 1 >>");
        return pdf.bytes();
    }

    static Stream<Arguments> streamBombs() {
        String flate = "/Filter /FlateDecode";
        return Stream.of(
                Arguments.of("page content", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    pdf.set(4, encodedStream(flate, gigabyteOfZeros()));
                    return new String[] {"", ""};
                }),
                Arguments.of("page content, Flate twice (1 GiB from a few kilobytes)",
                        (java.util.function.Function<Pdf, String[]>) pdf -> {
                            pdf.set(4, encodedStream("/Filter [/FlateDecode /FlateDecode]",
                                    deflate(gigabyteOfZeros())));
                            return new String[] {"", ""};
                        }),
                Arguments.of("page content, ASCIIHex of Flate", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    pdf.set(4, Pdf.stream("/Filter [/AHx /Fl]", java.util.HexFormat.of().formatHex(
                            deflate(512 * MIB)) + ">"));
                    return new String[] {"", ""};
                }),
                Arguments.of("page content, RunLength", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    byte[] runs = new byte[2 * (int) (80 * MIB / 128)]; // 80 MiB of zeros in 128-byte runs
                    for (int i = 0; i < runs.length; i += 2) {
                        runs[i] = (byte) 129;
                    }
                    pdf.set(4, encodedStream("/Filter /RunLengthDecode", runs));
                    return new String[] {"", ""};
                }),
                Arguments.of("second page content stream of many, each under the budget",
                        (java.util.function.Function<Pdf, String[]>) pdf -> {
                            StringBuilder refs = new StringBuilder("4 0 R");
                            byte[] fortyMegabytes = deflate(40 * MIB);
                            for (int i = 0; i < 4; i++) {
                                refs.append(' ').append(pdf.add(encodedStream(flate, fortyMegabytes))).append(" 0 R");
                            }
                            return new String[] {"", "/Contents [" + refs + "]"};
                        }),
                Arguments.of("form XObject", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    int form = pdf.add(encodedStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + flate,
                            gigabyteOfZeros()));
                    return new String[] {"/XObject << /X1 " + form + " 0 R >>", ""};
                }),
                Arguments.of("annotation appearance stream", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    int appearance = pdf.add(encodedStream("/Type /XObject /Subtype /Form /BBox [0 0 100 20] "
                            + flate, gigabyteOfZeros()));
                    int annotation = pdf.add("<< /Type /Annot /Subtype /Widget /Rect [72 600 172 620] /AP << /N "
                            + appearance + " 0 R >> >>");
                    return new String[] {"", "/Annots [" + annotation + " 0 R]"};
                }),
                Arguments.of("embedded TrueType font file", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    int file = pdf.add(encodedStream(flate + " /Length1 1000000", gigabyteOfZeros()));
                    int descriptor = pdf.add("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000"
                            + " 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 "
                            + file + " 0 R >>");
                    int font = pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar"
                            + " 126 /Widths [" + "500 ".repeat(95) + "] /FontDescriptor " + descriptor + " 0 R >>");
                    pdf.set(4, Pdf.stream("", Pdf.text(72, 700, SENTENCE) + " BT /F2 12 Tf 72 650 Td (x) Tj ET"));
                    return new String[] {"/Font << /F2 " + font + " 0 R >>", ""};
                }),
                Arguments.of("font ToUnicode CMap", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    int cmap = pdf.add(encodedStream(flate, gigabyteOfZeros()));
                    pdf.set(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
                            + " /ToUnicode " + cmap + " 0 R >>");
                    return new String[] {"", ""};
                }),
                Arguments.of("embedded file attachment", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    int file = pdf.add(encodedStream("/Type /EmbeddedFile " + flate, gigabyteOfZeros()));
                    int spec = pdf.add("<< /Type /Filespec /F (cv.txt) /EF << /F " + file + " 0 R >> >>");
                    pdf.set(1, "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(cv.txt) " + spec
                            + " 0 R] >> >> >>");
                    return new String[] {"", ""};
                }),
                Arguments.of("stream with its filter given by reference",
                        (java.util.function.Function<Pdf, String[]>) pdf -> {
                            int name = pdf.add("/FlateDecode");
                            pdf.set(4, encodedStream("/Filter " + name + " 0 R", gigabyteOfZeros()));
                            return new String[] {"", ""};
                        }),
                Arguments.of("unreferenced stream (never drawn)", (java.util.function.Function<Pdf, String[]>) pdf -> {
                    pdf.add(encodedStream(flate, gigabyteOfZeros()));
                    return new String[] {"", ""};
                }));
    }

    /**
     * A stream that inflates to 1 GiB (or just past the budget), in each kind of stream PDFBox may decode. PDFBox
     * decodes a stream into the heap with no limit; each case must be refused as {@code maxDecodedBytes} without
     * holding the decoded bytes: the extracting thread allocates a small fraction of what the stream decodes to.
     * The test JVM runs with {@code -Xmx256m} (see the pom), so a stream decoded into memory fails it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("streamBombs")
    void pdfStreamBombsAreRefusedInBoundedMemory(String kind, java.util.function.Function<Pdf, String[]> build) {
        byte[] pdf = pdfWith(build);
        assertTrue(pdf.length < 4 * MIB, kind + ": a small file, " + pdf.length + " bytes");
        Outcome outcome = extract("PDF stream bomb in " + kind, pdf, EXTRACTOR, true);
        LimitExceededException e = outcome.failure(LimitExceededException.class);
        assertEquals("maxDecodedBytes", e.limit(), e.getMessage());
        assertTrue(e.getMessage().contains("64 MiB"), e.getMessage());
        outcome.assertAllocatedBelow(96 * MIB);
        assertTrue(outcome.millis() < 10_000, kind + ": " + outcome.millis() + " ms");
    }

    /**
     * An image stream that inflates to 1 GiB: text extraction never decodes images, so the page's text is read in
     * bounded memory; rendering the page for OCR would decode it, so there it is refused before the renderer runs.
     */
    @Test
    void pdfImageBombIsNeverDecodedForTextAndRefusedBeforeRendering() {
        String image = "/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray"
                + " /BitsPerComponent 8 /Filter /FlateDecode";
        byte[] withText = pdfWith(p -> {
            int x = p.add(encodedStream(image, gigabyteOfZeros()));
            return new String[] {"/XObject << /X1 " + x + " 0 R >>", ""};
        });
        Outcome read = extract("PDF text page drawing a 1 GiB image", withText, EXTRACTOR, true);
        assertEquals(SENTENCE, read.document().text());
        read.assertAllocatedBelow(96 * MIB);
        byte[] scan = pdfWith(p -> {
            int x = p.add(encodedStream(image, gigabyteOfZeros()));
            p.set(4, Pdf.stream("", "q 612 0 0 792 0 0 cm /X1 Do Q"));
            return new String[] {"/XObject << /X1 " + x + " 0 R >>", ""};
        });
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        OcrEngine ocr = (picture, dpi) -> {
            calls.incrementAndGet();
            return List.of();
        };
        DocumentTextExtractor withOcr = AutoDetectTextExtractor.builder().ocr(ocr).build();
        Outcome refused = extract("PDF scan whose page image inflates to 1 GiB", scan, withOcr, true);
        assertEquals("maxDecodedBytes", refused.failure(LimitExceededException.class).limit());
        assertEquals(0, calls.get(), "refused before rendering");
        refused.assertAllocatedBelow(96 * MIB);
    }

    /** The same page with a raised budget reads: the budget is the only thing that refused it. */
    @Test
    void aRaisedDecodedBudgetReadsALargeButGenuineStream() {
        byte[] pdf = pdfWith(p -> {
            int form = p.add(encodedStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode",
                    deflate(80 * MIB)));
            return new String[] {"/XObject << /X1 " + form + " 0 R >>", ""};
        });
        assertEquals("maxDecodedBytes", extract("PDF with an 80 MiB form", pdf, EXTRACTOR, false)
                .failure(LimitExceededException.class).limit());
        DocumentTextExtractor lenient = AutoDetectTextExtractor.builder().ocr(null)
                .limits(DocumentLimits.defaults().withMaxDecodedBytes(128 * MIB)).build();
        assertEquals(SENTENCE, extract("PDF with an 80 MiB form, budget 128 MiB", pdf, lenient, true)
                .document().text());
    }

    /** Images: the declared size and the real size in a JPEG's own header are both checked against the pixels. */
    @Test
    void pdfImagesLargerThanThePixelLimitAreRefusedBeforeDecoding() {
        byte[] declared = pdfWith(p -> {
            int image = p.add(encodedStream("/Type /XObject /Subtype /Image /Width 200000 /Height 200000"
                    + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(1024)));
            return new String[] {"/XObject << /X1 " + image + " 0 R >>", ""};
        });
        assertEquals("maxImagePixels", extract("PDF image declared 200,000 x 200,000", declared, EXTRACTOR, true)
                .failure(LimitExceededException.class).limit());
        // a JPEG whose frame header says 60,000 x 60,000 while the PDF declares 100 x 100
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0,
            1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) 0xEA, 0x60, (byte) 0xEA, 0x60, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xD9};
        byte[] real = pdfWith(p -> {
            int image = p.add(encodedStream("/Type /XObject /Subtype /Image /Width 100 /Height 100"
                    + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", jpeg));
            return new String[] {"/XObject << /X1 " + image + " 0 R >>", ""};
        });
        LimitExceededException e = extract("PDF JPEG of 60,000 x 60,000 declared 100 x 100", real, EXTRACTOR, true)
                .failure(LimitExceededException.class);
        assertEquals("maxImagePixels", e.limit());
        assertTrue(e.getMessage().contains("60000 x 60000"), e.getMessage());
        // an inline image declaring 100,000 x 100,000 in the page content
        byte[] inline = pdfWith(p -> {
            p.set(4, Pdf.stream("", Pdf.text(72, 700, SENTENCE) + "\nq BI /W 100000 /H 100000 /CS /G /BPC 8 ID\n"
                    + "xxxx\nEI Q"));
            return new String[] {"", ""};
        });
        assertEquals("maxImagePixels", extract("PDF inline image of 100,000 x 100,000", inline, EXTRACTOR, false)
                .failure(LimitExceededException.class).limit());
    }

    /** Cross-reference and object streams are decoded by PDFBox while it loads the file, before any page. */
    @Test
    void pdfObjectAndCrossReferenceStreamBombsAreRefusedBeforeLoading() {
        for (String variant : List.of("object stream bomb", "cross-reference stream bomb")) {
            Outcome outcome = extract("PDF " + variant, xrefStreamPdf(variant), EXTRACTOR, true);
            assertEquals("maxDecodedBytes", outcome.failure(LimitExceededException.class).limit());
            outcome.assertAllocatedBelow(96 * MIB);
        }
        // the same structure without a bomb reads, so the cases above are refused for the bomb alone
        assertEquals(SENTENCE, extract("PDF with object and cross-reference streams", xrefStreamPdf("genuine"),
                EXTRACTOR, false).document().text());
    }

    /**
     * Recursive object streams: one that extends itself, and one the cross-reference stream declares to be stored
     * inside itself (reading it needs it read). Each is read or refused with a typed exception, in bounded time.
     */
    @Test
    void pdfRecursiveObjectStreams() {
        for (String variant : List.of("object stream extending itself", "object stream stored in itself")) {
            Outcome outcome = extract("PDF " + variant, xrefStreamPdf(variant), EXTRACTOR, true);
            if (outcome.thrown() == null) {
                assertTrue(outcome.document().text().contains("Camille Martin") || outcome.document().text()
                        .isEmpty(), outcome.document().text());
            } else {
                assertTrue(outcome.thrown() instanceof CvMatchException, () -> variant + ": " + outcome.thrown());
            }
            outcome.assertAllocatedBelow(256 * MIB);
        }
    }

    /**
     * A PDF 1.5 file: the font (object 3) lives in object stream 6, and the cross-reference table is stream 7.
     *
     * @param variant {@code genuine}; {@code object stream bomb} (the object stream is padded to 1 GiB);
     *     {@code cross-reference stream bomb} (its Flate data is padded to 1 GiB); {@code object stream extending
     *     itself} ({@code /Extends 6 0 R}); {@code object stream stored in itself} (object 6 declared compressed in
     *     stream 6)
     */
    private static byte[] xrefStreamPdf(String variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[8];
        java.util.function.BiConsumer<Integer, byte[]> object = (n, body) -> {
            offsets[n] = out.size();
            out.writeBytes((n + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        };
        java.util.function.Function<String, byte[]> ascii = s -> s.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ascii.apply("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n"));
        object.accept(1, ascii.apply("<< /Type /Catalog /Pages 2 0 R >>"));
        object.accept(2, ascii.apply("<< /Type /Pages /Kids [5 0 R] /Count 1 >>"));
        object.accept(4, ascii.apply(Pdf.stream("", Pdf.text(72, 700, SENTENCE))));
        object.accept(5, ascii.apply("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font"
                + " << /F1 3 0 R >> >> /Contents 4 0 R >>"));
        String font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
        byte[] objects = ascii.apply("3 0 " + font);
        // with the bomb: the font, then 1 GiB of white space (zeros are white space in PDF syntax)
        byte[] objectStream = variant.equals("object stream bomb") ? deflateFollowedByZeros(objects, 1024 * MIB)
                : deflate(objects);
        String extendsItself = variant.equals("object stream extending itself") ? " /Extends 6 0 R" : "";
        object.accept(6, concat(ascii.apply("<< /Type /ObjStm /N 1 /First 4" + extendsItself
                + " /Filter /FlateDecode /Length " + objectStream.length + " >>\nstream\n"), objectStream,
                ascii.apply("\nendstream")));
        offsets[7] = out.size();
        boolean selfContained = variant.equals("object stream stored in itself");
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int n = 0; n < 8; n++) {
            boolean compressed = n == 3 || selfContained && n == 6;
            int type = n == 0 ? 0 : compressed ? 2 : 1;
            long field2 = compressed ? 6 : n == 0 ? 0 : offsets[n];
            rows.write(type);
            for (int shift = 24; shift >= 0; shift -= 8) {
                rows.write((int) (field2 >>> shift) & 0xFF);
            }
            rows.write(0);
            rows.write(n == 0 ? 0xFF : 0);
        }
        byte[] xrefData = variant.equals("cross-reference stream bomb")
                ? deflateFollowedByZeros(rows.toByteArray(), 1024 * MIB) : deflate(rows.toByteArray());
        object.accept(7, concat(ascii.apply("<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode"
                + " /Length " + xrefData.length + " >>\nstream\n"), xrefData, ascii.apply("\nendstream")));
        out.writeBytes(ascii.apply("startxref\n" + offsets[7] + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** The data then that many zeros, in one Flate stream. */
    private static byte[] deflateFollowedByZeros(byte[] data, long zeros) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        deflater.setInput(data);
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        byte[] input = new byte[1 << 20];
        for (long left = zeros; left > 0; left -= input.length) {
            deflater.setInput(input, 0, (int) Math.min(input.length, left));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /**
     * An owner-password PDF (read without a password) whose page content inflates to 1 GiB: its stream bytes in the
     * file are ciphertext, so the budget is checked again on PDFBox's decrypted data, before any page is read.
     */
    @Test
    void encryptedPdfStreamBombIsRefusedInBoundedMemory() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            org.apache.pdfbox.cos.COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(gigabyteOfZeros());
            }
            content.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, content);
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        Outcome outcome = extract("owner-password PDF with a 1 GiB content stream", pdf, EXTRACTOR, true);
        assertEquals("maxDecodedBytes", outcome.failure(LimitExceededException.class).limit());
        outcome.assertAllocatedBelow(96 * MIB);
    }

    /** A Type 3 font's glyph procedures are content streams that text extraction runs: they are scanned too. */
    @Test
    void type3GlyphProcedureWithAnOperandFloodIsRefused() {
        byte[] pdf = pdfWith(p -> {
            int procedure = p.add(encodedStream("/Filter /FlateDecode", deflate(
                    "[1] ".repeat(1024 * 256).getBytes(StandardCharsets.US_ASCII))));
            int font = p.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001"
                    + " 0 0] /CharProcs << /a " + procedure + " 0 R >> /Encoding << /Type /Encoding /Differences"
                    + " [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << >> >>");
            p.set(4, Pdf.stream("", Pdf.text(72, 700, SENTENCE) + " BT /F3 12 Tf 72 650 Td (a) Tj ET"));
            return new String[] {"/Font << /F3 " + font + " 0 R >>", ""};
        });
        extract("PDF Type 3 glyph with 262,144 operands", pdf, EXTRACTOR, true)
                .failure(CorruptDocumentException.class);
    }

    /** A thousand forms, each drawing the next: read (or stopped by a budget) in bounded time and memory. */
    @Test
    void pdfFormsNestedAThousandDeep() {
        Pdf pdf = Pdf.withFontAndContent(Pdf.text(72, 700, SENTENCE) + " /X Do");
        int depth = 1_000;
        int[] forms = new int[depth];
        for (int i = 0; i < depth; i++) {
            forms[i] = pdf.reserve();
        }
        for (int i = 0; i < depth; i++) {
            boolean leaf = i == depth - 1;
            pdf.set(forms[i], Pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources "
                    + (leaf ? "<< /Font << /F1 3 0 R >> >>" : "<< /XObject << /X " + forms[i + 1] + " 0 R >> >>"),
                    leaf ? Pdf.text(72, 600, "Deepest form") : "/X Do"));
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(Pdf.page(2, "/XObject << /X " + forms[0] + " 0 R >>", ""))
                + " 0 R] /Count 1 >>");
        Outcome outcome = extract("PDF forms nested 1,000 deep", pdf.bytes(), EXTRACTOR, true);
        if (outcome.thrown() == null) {
            assertTrue(outcome.document().text().startsWith(SENTENCE), outcome.document().text());
        } else {
            assertTrue(outcome.thrown() instanceof CorruptDocumentException
                    || outcome.thrown() instanceof LimitExceededException, () -> "typed: " + outcome.thrown());
        }
        outcome.assertAllocatedBelow(256 * MIB);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 7. Malformed text encodings

    private static final String[] VALID = {"Camille Martin ", " Ingénieure données ", " Zoë Łukasz 日本語 ",
        " data engineer, Lyon ", " SQL, Python ", " Kafka ", " Spark ", " end of file"};

    private static final byte[][] INVALID = {
        {(byte) 0xC0, (byte) 0xAF},                                      // overlong "/"
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},                         // overlong 3-byte "/"
        {(byte) 0x80, (byte) 0xBF},                                      // lone continuation bytes
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},                         // UTF-8 encoded surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},            // above U+10FFFF
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // obsolete 5-byte form
        {(byte) 0xE2, (byte) 0x82},                                      // truncated sequence
    };

    private static byte[] validWithInvalidUtf8(byte[] prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        for (int i = 0; i < VALID.length; i++) {
            out.writeBytes(VALID[i].getBytes(StandardCharsets.UTF_8));
            if (i < INVALID.length) {
                out.writeBytes(INVALID[i]);
            }
        }
        return out.toByteArray();
    }

    /**
     * With a UTF-8 byte-order mark the file is decoded as UTF-8 whatever it holds: every malformed sequence becomes
     * one or more U+FFFD and nothing else changes, accented and CJK text around included.
     */
    @Test
    void invalidUtf8WithByteOrderMarkGivesReplacementCharacters() {
        byte[] bytes = validWithInvalidUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = extract("UTF-8 with BOM and malformed sequences", bytes, EXTRACTOR, false).document().text();
        String expected = Stream.of(VALID).map(Pattern::quote).collect(Collectors.joining("\uFFFD+"));
        assertTrue(text.matches(expected), text);
    }

    /**
     * Without a byte-order mark, bytes that are not valid UTF-8 are read as UTF-8 with U+FFFD for the damage when
     * valid multi-byte sequences outnumber the invalid ones four to one, else as Windows-1252 (one character per
     * byte, whose well-formed UTF-8 runs are then repaired): either way nothing is dropped and the ASCII text around
     * the bad bytes is intact.
     */
    @Test
    void invalidUtf8WithoutByteOrderMarkIsDecodedWithoutLoss() {
        byte[] bytes = validWithInvalidUtf8(new byte[0]);
        String text = extract("UTF-8 without BOM, malformed sequences", bytes, EXTRACTOR, false).document().text();
        if (PlainTextExtractor.mostlyUtf8(bytes)) {
            assertEquals(new String(bytes, StandardCharsets.UTF_8), text);
        } else {
            // read as Windows-1252, one character per byte, then its well-formed UTF-8 runs repaired ("IngÃ©nieure"
            // -> "Ingénieure"); the bad bytes stay visible as they were read
            String cp1252 = new String(bytes, Charset.forName("windows-1252"));
            assertTrue(text.contains(" Ingénieure données ") && text.contains("日本語"), text);
            assertTrue(text.contains("À¯") && text.contains("øˆ€€€"), text);
            assertTrue(text.length() < cp1252.length(), text);
        }
        for (String valid : VALID) {
            if (valid.chars().allMatch(c -> c < 0x80)) {
                assertTrue(text.contains(valid), valid);
            }
        }
    }

    /** One bad byte in a long UTF-8 file no longer turns every accented letter into mojibake. */
    @Test
    void oneBadByteInUtf8KeepsTheRestOfTheFile() {
        String cv = "Ingénieure études, Développeuse Java à Lyon, Écully — compétences : Spring, SQL\n".repeat(20);
        byte[] utf8 = cv.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        damaged[utf8.length] = (byte) 0xC3; // a truncated last character
        String text = extract("UTF-8 with one bad byte", damaged, EXTRACTOR, false).document().text();
        assertTrue(text.startsWith("Ingénieure études, Développeuse Java à Lyon"), text.substring(0, 60));
        assertTrue(text.endsWith("\uFFFD"), "the damage is visible, not dropped");
        byte[] cp1252 = cv.getBytes(Charset.forName("windows-1252"));
        assertTrue(extract("Windows-1252", cp1252, EXTRACTOR, false).document().text()
                .startsWith("Ingénieure études"), "a real Windows-1252 file is still read as such");
    }

    /** UTF-16 announced by a byte-order mark must be well-formed: a truncated or unpaired unit is refused. */
    @Test
    void malformedUtf16WithByteOrderMarkIsCorrupt() {
        byte[] le = "Camille Martin, data engineer".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "Camille Martin, data engineer".getBytes(StandardCharsets.UTF_16BE);
        Map<String, byte[]> cases = new TreeMap<>();
        cases.put("UTF-16LE, odd length", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le, new byte[] {0x41}));
        cases.put("UTF-16BE, odd length", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be, new byte[] {0x00}));
        cases.put("UTF-16LE, lone high surrogate", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le,
                new byte[] {0x3D, (byte) 0xD8}, le));
        cases.put("UTF-16BE, lone low surrogate", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be,
                new byte[] {(byte) 0xDC, 0x00}, be));
        cases.put("UTF-16LE without BOM, odd length", concat(le, le, new byte[] {0x41}));
        cases.forEach((name, bytes) -> extract(name, bytes, EXTRACTOR, false)
                .failure(CorruptDocumentException.class));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 8. Truncated documents

    static Stream<Arguments> layouts() {
        return SampleDocuments.all().stream().map(Arguments::of);
    }

    /** Every layout cut at several points: a parsed CV or a typed exception, nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void truncatedSampleDocumentsGiveOnlyTypedOutcomes(SampleDocuments.Renderer layout) {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (SampleCv cv : List.of(SampleCvs.camilleMartin(), SampleCvs.hannahWhitfield())) {
            byte[] full = layout.render(cv);
            for (int length : truncationPoints(full.length)) {
                byte[] cut = java.util.Arrays.copyOf(full, length);
                String outcome = assertTimeoutPreemptively(DEADLINE, () -> {
                    try {
                        PARSER.parse(cut);
                        return "parsed";
                    } catch (CvMatchException e) {
                        return e.getClass().getSimpleName();
                    } catch (Throwable t) {
                        fail(layout + " cut to " + length + " of " + full.length + " bytes: untyped " + t, t);
                        return null;
                    }
                });
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "[hostile] truncated %s: %s%n", layout, outcomes);
    }

    private static int[] truncationPoints(int length) {
        return new int[] {1, 7, 64, length / 10, length / 4, length / 2, length * 3 / 4, length * 9 / 10,
            length - 22, length - 1};
    }

    // ------------------------------------------------------------------------------------------------------------
    // 9. Documents that are not CVs, and CVs for contrast

    static Stream<Arguments> notCvs() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<String, String> text : NOT_CVS.entrySet()) {
            all.add(Arguments.of(text.getKey(), "txt", text.getValue().getBytes(StandardCharsets.UTF_8)));
            all.add(Arguments.of(text.getKey(), "pdf", simplePdf(text.getValue())));
            all.add(Arguments.of(text.getKey(), "docx", simpleDocx(text.getValue())));
        }
        return all.stream();
    }

    /** ParsedCv documents that letters, invoices, articles and job ads score 0.4 or less, and warns under 0.5. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("notCvs")
    void documentsThatAreNotCvsScoreLowAndAreFlagged(String name, String format, byte[] bytes) {
        ParsedCv cv = assertTimeoutPreemptively(DEADLINE, () -> PARSER.parse(bytes));
        System.out.printf(Locale.ROOT, "[hostile] not a CV: %s as %s, cvConfidence %.2f%n", name, format,
                cv.cvConfidence());
        assertTrue(cv.cvConfidence() < 0.5, name + " as " + format + ": " + cv.cvConfidence());
        assertTrue(cv.warnings().stream().anyMatch(w -> w.contains("does not look like a CV")), cv.warnings()
                .toString());
    }

    static Stream<Arguments> sampleCvs() {
        return SampleCvs.all().stream().flatMap(cv -> SampleDocuments.all().stream().map(r -> Arguments.of(cv, r)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("sampleCvs")
    void sampleCvsScoreHighWithoutTheWarning(SampleCv sample, SampleDocuments.Renderer layout) {
        byte[] bytes = layout.render(sample);
        ParsedCv cv = assertTimeoutPreemptively(DEADLINE, () -> PARSER.parse(bytes));
        assertTrue(cv.cvConfidence() >= 0.8, sample + " as " + layout + ": " + cv.cvConfidence());
        assertFalse(cv.warnings().stream().anyMatch(w -> w.contains("does not look like a CV")), cv.warnings()
                .toString());
    }

    private static final Map<String, String> NOT_CVS = new TreeMap<>(Map.of(
            "invoice", """
                    INVOICE
                    Acme Office Supplies Ltd, 8 Temple Street, Bristol BS1 6EA
                    Invoice number: INV-2024-0187
                    Invoice date: 12 March 2024
                    Due date: 11 April 2024
                    Bill to: Northwind Traders Ltd, 42 Harbour Street, Bristol BS1 4DJ
                    Description\tQuantity\tUnit price\tAmount
                    Ergonomic office chair\t12\t£149.00\t£1,788.00
                    Standing desk, oak finish\t4\t£420.00\t£1,680.00
                    Delivery and installation\t1\t£250.00\t£250.00
                    Subtotal: £3,718.00
                    VAT (20%): £743.60
                    Total due: £4,461.60
                    Payment by bank transfer within 30 days, sort code 12-34-56, account 12345678.
                    Questions about this invoice: accounts@acme-office.example or +44 117 496 0123.
                    """,
            "recipe", """
                    Classic ratatouille
                    Serves 4. Preparation: 20 minutes. Cooking: 45 minutes.
                    Ingredients
                    2 aubergines, diced
                    3 courgettes, sliced
                    2 red peppers, cut into strips
                    4 ripe tomatoes, peeled and chopped
                    1 onion and 3 cloves of garlic, finely chopped
                    4 tablespoons of olive oil, thyme, bay leaf, salt and pepper
                    Method
                    1. Heat the olive oil in a large casserole over a medium heat.
                    2. Soften the onion and garlic for five minutes without letting them brown.
                    3. Add the peppers, then the aubergines and courgettes, stirring from time to time.
                    4. Add the tomatoes and herbs, cover and simmer gently for 40 minutes.
                    5. Season to taste and serve warm or cold, with rice or crusty bread.
                    Ratatouille keeps for three days in the fridge and tastes even better the next day.
                    """,
            "news article", """
                    City council approves new cycling network
                    By our local affairs reporter, 14 May 2024
                    The city council voted on Tuesday evening to approve a forty-kilometre network of protected \
                    cycle lanes, the largest transport project in the city for a decade.
                    The plan, which passed by 31 votes to 12, will connect the central station to the university \
                    campus, the hospital and the three largest residential districts by the end of 2027.
                    Supporters argued that the lanes would cut congestion and improve air quality, pointing to \
                    a survey in which six residents in ten said they would cycle more if the roads felt safer.
                    Opponents warned about the loss of about four hundred parking spaces along the main avenues \
                    and asked for a consultation with shop owners before any work begins.
                    The first section, along the river embankment, is due to open next spring. The council said \
                    the cost, estimated at 58 million, would be shared with the regional transport authority.
                    """,
            "lorem ipsum", """
                    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut \
                    labore et dolore magna aliqua.
                    Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea \
                    commodo consequat.
                    Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla \
                    pariatur.
                    Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim \
                    id est laborum.
                    Curabitur pretium tincidunt lacus. Nulla gravida orci a odio. Nullam varius, turpis et commodo \
                    pharetra, est eros bibendum elit, nec luctus magna felis sollicitudin mauris.
                    Integer in mauris eu nibh euismod gravida. Duis ac tellus et risus vulputate vehicula.
                    """,
            "job advertisement", """
                    Senior Data Engineer
                    Northwind Analytics, Lyon, France. Permanent contract, full time, hybrid (two days remote).
                    About us
                    Northwind Analytics builds forecasting tools for retailers across Europe. Our team of forty \
                    engineers ships to production every day.
                    The role
                    You will design and run the batch and streaming pipelines that feed our forecasting models, \
                    and mentor two junior engineers.
                    What we are looking for
                    At least five years of experience building data pipelines in production.
                    Strong SQL and Python; experience with Spark, Airflow and Kafka on AWS.
                    A degree in computer science or equivalent experience.
                    Fluent English; French is a plus.
                    What we offer
                    A salary of 60,000 to 70,000 euros, profit sharing, 25 days of leave and a training budget.
                    How to apply
                    Send your CV and a few lines about a pipeline you are proud of to jobs@northwind.example \
                    before 30 June 2024.
                    """));

    // ------------------------------------------------------------------------------------------------------------
    // Running and measuring

    /**
     * A few kilobytes of Flate-compressed "[1] [1] ..." with no operator: PDFBox would keep every operand (an 8 KB
     * file took 786 MB of heap); the content scanner refuses it before PDFBox parses it, for text and for OCR alike.
     */
    @Test
    void operandFloodInACompressedContentStreamIsRefusedInBoundedMemory() throws java.io.IOException {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
            try (java.io.OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                byte[] chunk = "[1] ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 8 * 256; i++) {
                    out.write(chunk); // 8 MiB decoded
                }
                out.write("BT /F1 12 Tf 72 700 Td (Jean Dupont, CV) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            pdf = bytes.toByteArray();
        }
        assertTrue(pdf.length < 64 * 1024, "a small file: " + pdf.length);
        Outcome outcome = extract("operand flood", pdf, EXTRACTOR, true);
        outcome.failure(CorruptDocumentException.class);
        outcome.assertAllocatedBelow(256L * 1024 * 1024);
    }

    /** The outcome of one extraction: the document or what was thrown, the time taken and rough heap figures. */
    private record Outcome(String name, ExtractedDocument document, Throwable thrown, long millis, Heap heap) {

        <T extends CvMatchException> T failure(Class<T> expected) {
            if (thrown == null) {
                fail(name + ": expected " + expected.getSimpleName() + " but the document was read: "
                        + document.text().substring(0, Math.min(200, document.text().length())));
            }
            if (thrown.getClass() != expected) {
                fail(name + ": expected " + expected.getSimpleName() + " but got " + thrown, thrown);
            }
            assertTrue(thrown.getMessage() != null && thrown.getMessage().length() > 10, name + ": a message");
            return expected.cast(thrown);
        }

        @Override
        public ExtractedDocument document() {
            if (thrown != null) {
                fail(name + ": expected the document to be read but got " + thrown, thrown);
            }
            return document;
        }

        /** The extraction kept less than this on the heap once done (the document returned included). */
        void assertRetainedBelow(long bytes) {
            assertNotNull(heap, "measured");
            assertTrue(heap.retainedIncrease() < bytes, name + ": " + heap);
        }

        /** The extracting thread allocated less than this in all (garbage included), where the JVM can tell. */
        void assertAllocatedBelow(long bytes) {
            assertNotNull(heap, "measured");
            assertTrue(heap.allocated() < bytes, name + ": " + heap);
        }
    }

    /**
     * Rough heap figures around one extraction: used heap after a GC before and after (the increase is what the
     * extraction retained), the peak of the heap pools during it (garbage not yet collected included) and the bytes
     * the extracting thread allocated ({@code -1} where the JVM cannot tell).
     */
    private record Heap(long before, long peak, long after, long allocated) {

        long retainedIncrease() {
            return after - before;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "heap before %d MiB, peak %d MiB, after %d MiB, thread allocated %s",
                    before / MIB, peak / MIB, after / MIB, allocated < 0 ? "?" : allocated / MIB + " MiB");
        }
    }

    /** Extracts within {@link #DEADLINE}, catching everything thrown (errors included) so that the case can judge. */
    private static Outcome extract(String name, byte[] bytes, DocumentTextExtractor extractor, boolean measureHeap) {
        Outcome outcome = assertTimeoutPreemptively(DEADLINE, () -> {
            long before = measureHeap ? usedAfterGc() : 0;
            long allocatedBefore = measureHeap ? threadAllocated() : -1;
            if (measureHeap) {
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            }
            long start = System.nanoTime();
            ExtractedDocument document = null;
            Throwable thrown = null;
            try {
                document = extractor.extract(bytes);
            } catch (Throwable t) {
                thrown = t;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Heap heap = null;
            if (measureHeap) {
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                long allocated = allocatedBefore < 0 ? -1 : threadAllocated() - allocatedBefore;
                heap = new Heap(before, peak, usedAfterGc(), allocated);
            }
            return new Outcome(name, document, thrown, millis, heap);
        }, () -> name + ": not finished within " + DEADLINE.toSeconds() + " s");
        System.out.printf(Locale.ROOT, "[hostile] %s: %s in %d ms (%d KiB)%s%n", name,
                outcome.thrown() == null ? "read, " + outcome.document.text().length() + " chars"
                        : outcome.thrown().getClass().getSimpleName()
                                + (outcome.thrown() instanceof LimitExceededException l ? "(" + l.limit() + ")" : ""),
                outcome.millis(), bytes.length / 1024, outcome.heap() == null ? "" : ", " + outcome.heap());
        return outcome;
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long threadAllocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    private static void noLeak(Outcome outcome, Class<? extends CvMatchException> expected, String... secrets) {
        StringBuilder seen = new StringBuilder();
        if (expected != null) {
            outcome.failure(expected);
            for (Throwable t = outcome.thrown(); t != null; t = t.getCause()) {
                seen.append(t).append('\n');
            }
        } else {
            seen.append(outcome.document().text());
        }
        for (String secret : secrets) {
            assertFalse(seen.toString().contains(secret), outcome.name() + " leaked " + secret + ": " + seen);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Document generators

    private static final String SENTENCE = "Camille Martin, data engineer in Lyon, reads and writes PDF files";

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String ODF_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";

    private static final String PACKAGE_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
            + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument"
            + ".text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";

    /** A DOCX package without its document.xml: content types and package relationships. */
    private static Zip docx() {
        return new Zip().entry("[Content_Types].xml", CONTENT_TYPES).entry("_rels/.rels", PACKAGE_RELS);
    }

    /** An ODT package without its content.xml: the stored mimetype first, then the manifest. */
    private static Zip odt() {
        return new Zip().stored("mimetype", "application/vnd.oasis.opendocument.text")
                .entry("META-INF/manifest.xml", MANIFEST);
    }

    private static String documentXml(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<w:document xmlns:w=\"" + W_NS + "\"><w:body>"
                + "<w:p><w:r><w:t>Before the entity</w:t></w:r></w:p><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>After the entity</w:t></w:r></w:p></w:body></w:document>";
    }

    private static String contentXml(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<office:document-content " + ODF_NS + ">"
                + "<office:body><office:text><text:p>Before the entity</text:p><text:p>" + text + "</text:p>"
                + "<text:p>After the entity</text:p></office:text></office:body></office:document-content>";
    }

    /**
     * About {@code size} bytes of DOCX paragraphs, each a pseudo-random word and a fixed sentence: deflate compresses
     * it about ten to twenty times, not the thousand times of a repeated pattern.
     */
    private static byte[] paragraphsWithRandomWords(Random random, int size) {
        StringBuilder sb = new StringBuilder(size + 200);
        while (sb.length() < size) {
            sb.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 6; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(" lorem ipsum dolor sit amet consectetur adipiscing elit sed do</w:t></w:r></w:p>");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Writes a zip with {@link ZipOutputStream}, streaming large entries so that they never exist in memory. */
    private static final class Zip {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream zip = new ZipOutputStream(bytes);

        Zip level(int level) {
            zip.setLevel(level);
            return this;
        }

        Zip stored(String name, String text) {
            try {
                dev.cvmatch.testing.OdtPackage.putStored(zip, name, text.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Zip entry(String name, String text) {
            return write(new ZipEntry(name), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }

        /** head, then {@code unit} repeated until {@code bytes} are written, then tail. */
        Zip repeated(String name, String head, String unit, long bytes, String tail) {
            byte[] u = unit.getBytes(StandardCharsets.UTF_8);
            byte[] chunk = new byte[(int) (MIB / u.length * u.length)];
            for (int i = 0; i < chunk.length; i += u.length) {
                System.arraycopy(u, 0, chunk, i, u.length);
            }
            return repeated(name, head, chunk, (bytes + chunk.length - 1) / chunk.length, tail);
        }

        /** head, then {@code chunk} written {@code times} times, then tail. */
        Zip repeated(String name, String head, byte[] chunk, long times, String tail) {
            return write(new ZipEntry(name), out -> {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                for (long i = 0; i < times; i++) {
                    out.write(chunk);
                }
                out.write(tail.getBytes(StandardCharsets.UTF_8));
            });
        }

        private Zip write(ZipEntry entry, EntryWriter writer) {
            try {
                zip.putNextEntry(entry);
                writer.write(zip);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private interface EntryWriter {
            void write(OutputStream out) throws IOException;
        }
    }

    /**
     * Writes a PDF from raw object bodies with an exact cross-reference table, for structures no PDF library would
     * write. Object 1 is the catalog, 2 the page tree root, 3 a Helvetica font and 4 the first page's content.
     */
    private static final class Pdf {
        private final List<String> objects = new ArrayList<>();

        static Pdf withFontAndContent(String content) {
            Pdf pdf = new Pdf();
            pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.reserve();
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
            pdf.add(stream("", content));
            return pdf;
        }

        /** A page showing object 4, with more resources (after the font) and more page entries. */
        static String page(int parent, String resources, String entries) {
            return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
                    + " >> " + resources + " >> /Contents 4 0 R " + entries + " >>";
        }

        static String text(int x, int y, String text) {
            return "BT /F1 12 Tf " + x + " " + y + " Td (" + text + ") Tj ET";
        }

        static String stream(String dictionary, String content) {
            return "<< " + dictionary + " /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length
                    + " >>\nstream\n" + content + "\nendstream";
        }

        int add(String body) {
            objects.add(body);
            return objects.size();
        }

        int reserve() {
            return add(null);
        }

        void set(int number, String body) {
            objects.set(number - 1, body);
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            long[] offsets = new long[objects.size() + 1];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i + 1] = out.size();
                write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
            }
            long xref = out.size();
            StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f\r\n");
            for (int i = 1; i <= objects.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%010d 00000 n\r\n", offsets[i]));
            }
            sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            write(out, sb.toString());
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** A plain PDF of the text, one output line per wrapped input line, Helvetica 10 pt, new pages as needed. */
    private static byte[] simplePdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().flatMap(l -> wrap(l, 95).stream()).toList();
            for (int start = 0; start < lines.size(); start += 60) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 740);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 60))) {
                        cs.showText(line.replace('\t', ' '));
                        cs.newLineAtOffset(0, -12);
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        out.add(current.toString());
        return out;
    }

    /** A plain DOCX of the text, one paragraph per line. */
    private static byte[] simpleDocx(String text) {
        try (XWPFDocument doc = new XWPFDocument()) {
            text.lines().forEach(line -> doc.createParagraph().createRun().setText(line));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
