package dev.cvmatch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.cvmatch.testing.SampleCv.Job;
import dev.cvmatch.testing.SampleCv.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that the fixture generator produces readable documents and correct expected facts. */
class SampleDocumentsTest {

    static Stream<SampleCv> cvs() {
        return SampleCvs.all().stream();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Catalogue

    @Test
    void catalogueHoldsSixDistinctPeopleInBothLanguages() {
        List<SampleCv> all = SampleCvs.all();
        assertTrue(all.size() >= 6);
        assertEquals(all.size(), all.stream().map(SampleCv::id).distinct().count());
        assertEquals(3, SampleCvs.french().size());
        assertEquals(3, SampleCvs.english().size());
        assertEquals(all.size(), all.stream().map(cv -> cv.person().headline()).distinct().count());
        assertEquals("julien-lefevre", SampleCvs.byId("julien-lefevre-fr").id());
    }

    @Test
    void catalogueCoversTheRequiredDateStylesAndDegrees() {
        Set<String> printedDates = SampleCvs.all().stream()
                .flatMap(cv -> cv.jobs().stream())
                .map(Job::printedDates)
                .collect(Collectors.toSet());
        for (String style : List.of("Jan 2020 – Present", "01/2020 - 03/2022", "March 2019 to Dec 2021", "2017–2019",
                "janv. 2020 – aujourd'hui", "depuis mars 2021", "sept. 2018 à juin 2020", "2019 - en cours")) {
            assertTrue(printedDates.contains(style), style);
        }
        String degrees = SampleCvs.all().stream()
                .flatMap(cv -> cv.education().stream())
                .map(e -> e.degree() + " | " + e.printedTitle())
                .collect(Collectors.joining("\n"));
        for (String degree : List.of("BTS", "DUT", "Licence", "Master 2", "Diplôme d'ingénieur", "Doctorat", "Bac+5",
                "BSc", "MSc", "MBA", "PhD")) {
            assertTrue(degrees.contains(degree), degree);
        }
        String levels = SampleCvs.all().stream()
                .flatMap(cv -> cv.languages().stream())
                .map(SampleCv.LanguageSkill::level)
                .collect(Collectors.joining("\n"));
        for (String level : List.of("courant", "langue maternelle", "notions", "bilingue", "C1", "TOEIC 850",
                "Native")) {
            assertTrue(levels.contains(level), level);
        }
    }

    @ParameterizedTest
    @MethodSource("cvs")
    void printedPhoneNumbersMatchTheirE164Facts(SampleCv cv) throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Person p = cv.person();
        var number = util.parse(p.phonePrinted(), p.countryCode());
        assertTrue(util.isPossibleNumber(number), p.phonePrinted());
        assertEquals(p.phoneE164(), util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    @ParameterizedTest
    @MethodSource("cvs")
    void contactDetailsUseReservedExampleDomains(SampleCv cv) {
        assertTrue(cv.person().email().matches("[^@]+@example\\.(com|org|net)"), cv.person().email());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Experience months

    @Test
    void experienceMonthsMergeOverlapsAndEndCurrentJobAtReference() {
        // Jan 2018..Jun 2019 and Mar 2019..Feb 2020 overlap: Jan 2018..Feb 2020 = 26 months;
        // current job May 2021..Dec 2021 (reference) = 8 months; total 34
        SampleCv cv = withJobs(
                job("2018-01", "2019-06"),
                job("2019-03", "2020-02"),
                job("2021-05", null));
        assertEquals(34, cv.expectedExperienceMonths(YearMonth.of(2021, 12)));
    }

    @Test
    void experienceMonthsTreatYearOnlyDatesAsJanuaryToDecember() {
        // 2015..2016 = Jan 2015..Dec 2016 = 24; Jun 2016..Mar 2017 adds Jan..Mar 2017 = 3; 2019..2019 = 12;
        // a job starting after the reference adds nothing; total 39
        SampleCv cv = withJobs(
                job("2015", "2016"),
                job("2016-06", "2017-03"),
                job("2019", "2019"),
                job("2026-01", null));
        assertEquals(39, cv.expectedExperienceMonths(YearMonth.of(2025, 1)));
    }

    @Test
    void experienceMonthsOfCatalogueCvs() {
        YearMonth reference = YearMonth.of(2026, 11);
        // Oct 2013..Nov 2026 without gap (teaching job overlaps the current one)
        assertEquals(158, SampleCvs.camilleMartin().expectedExperienceMonths(reference));
        // 2013..2015 and 2015..2018 overlap during 2015, then 2019..now: Jan 2013..Nov 2026
        assertEquals(167, SampleCvs.julienLefevre().expectedExperienceMonths(reference));
        // 2015..2016, 2017..2019, Mar 2019..Dec 2021, Jan 2022..now: Jan 2015..Nov 2026
        assertEquals(143, SampleCvs.priyaRaman().expectedExperienceMonths(reference));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PDF

    @ParameterizedTest
    @MethodSource("cvs")
    void twoColumnPdfIsReadable(SampleCv cv) throws IOException {
        assertPdfHasNameAndEmail(cv, SampleDocuments.twoColumnPdf().render(cv));
    }

    @ParameterizedTest
    @MethodSource("cvs")
    void singleColumnPdfIsReadable(SampleCv cv) throws IOException {
        assertPdfHasNameAndEmail(cv, SampleDocuments.singleColumnPdf(false).render(cv));
        assertPdfHasNameAndEmail(cv, SampleDocuments.singleColumnPdf(true).render(cv));
    }

    @Test
    void twoColumnPdfInterleavesSidebarAndMainLines() throws IOException {
        SampleCv cv = SampleCvs.camilleMartin();
        try (PDDocument pdf = Loader.loadPDF(SampleDocuments.twoColumnPdf().render(cv))) {
            for (boolean sort : new boolean[] {false, true}) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(sort);
                String text = stripper.getText(pdf);
                int name = text.indexOf(cv.person().printedName());
                int email = text.indexOf(cv.person().email());
                int lastDegree = text.indexOf(cv.education().get(cv.education().size() - 1).institution());
                assertTrue(name >= 0 && email >= 0 && lastDegree >= 0, text);
                assertTrue(name < email && email < lastDegree, "sidebar line not between main lines:\n" + text);
            }
        }
    }

    @Test
    void twoColumnPdfRightAlignsDatesOnTheTitleBaseline() throws IOException {
        SampleCv cv = SampleCvs.hannahWhitfield();
        List<TextPosition> positions = positions(SampleDocuments.twoColumnPdf().render(cv));
        String text = positions.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        List<Float> rightEdges = new ArrayList<>();
        for (Job job : cv.jobs()) {
            int dates = text.indexOf(job.printedDates());
            int title = text.lastIndexOf(job.title(), dates);
            assertTrue(dates >= 0 && title >= 0, job.title());
            TextPosition lastDateChar = positions.get(dates + job.printedDates().length() - 1);
            assertEquals(positions.get(title).getYDirAdj(), lastDateChar.getYDirAdj(), 0.01f, job.title());
            assertTrue(positions.get(dates).getXDirAdj() > positions.get(title).getXDirAdj() + 100);
            rightEdges.add(lastDateChar.getXDirAdj() + lastDateChar.getWidthDirAdj());
        }
        for (float edge : rightEdges) {
            assertEquals(rightEdges.get(0), edge, 0.5f, "dates not right-aligned: " + rightEdges);
        }
    }

    @Test
    void smallCapsHeadingsUseTwoFontSizes() throws IOException {
        SampleCv cv = SampleCvs.danielOkafor();
        List<TextPosition> positions = positions(SampleDocuments.singleColumnPdf(true).render(cv));
        String text = positions.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        int heading = text.indexOf("PROFESSIONAL EXPERIENCE");
        assertTrue(heading >= 0, text);
        assertEquals(14f, positions.get(heading).getFontSizeInPt(), 0.01f);
        assertEquals(10f, positions.get(heading + 1).getFontSizeInPt(), 0.01f);
        assertEquals(14f, positions.get(heading + "PROFESSIONAL ".length()).getFontSizeInPt(), 0.01f);
    }

    @Test
    void longCvFlowsOntoSeveralPages() throws IOException {
        SampleCv base = SampleCvs.danielOkafor();
        SampleCv.Builder builder = base.toBuilder();
        for (int year = 2000; year < 2010; year++) {
            builder.job(new Job("Analyst " + year, "Example Consulting Ltd", "Bristol", String.valueOf(year),
                    String.valueOf(year), String.valueOf(year), base.jobs().get(0).bullets()));
        }
        SampleCv cv = builder.build();
        for (SampleDocuments.Renderer renderer : List.of(SampleDocuments.twoColumnPdf(),
                SampleDocuments.singleColumnPdf(true))) {
            try (PDDocument pdf = Loader.loadPDF(renderer.render(cv))) {
                assertTrue(pdf.getNumberOfPages() >= 2, renderer.name());
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Analyst 2009"), renderer.name());
                assertTrue(text.contains(cv.certifications().get(0).issuer()), renderer.name());
            }
        }
    }

    @Test
    void charactersOutsideWinAnsiAreReplaced() throws IOException {
        SampleCv base = SampleCvs.camilleMartin();
        Person p = base.person();
        SampleCv cv = base.toBuilder()
                .person(new Person("Jan", "Dvořák", "Jan DVOŘÁK", "Développeur → architecte", p.email(),
                        p.phonePrinted(), p.phoneE164(), p.city(), p.countryCode(), null, null))
                .build();
        try (PDDocument pdf = Loader.loadPDF(SampleDocuments.twoColumnPdf().render(cv))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Jan DVORÁK"), text);
            assertTrue(text.contains("Développeur -> architecte"), text);
        }
        String cp1252 = new String(SampleDocuments.plainText(Charset.forName("windows-1252")).render(cv),
                Charset.forName("windows-1252"));
        assertTrue(cp1252.contains("Jan DVORÁK"), cp1252);
    }

    @Test
    void outputIsDeterministic() throws IOException {
        SampleCv cv = SampleCvs.leaMoreau();
        for (SampleDocuments.Renderer renderer : SampleDocuments.all()) {
            byte[] bytes = renderer.render(cv);
            assertArrayEquals(bytes, renderer.render(cv), renderer.name());
            if ("docx".equals(renderer.extension())) {
                // POI stamps the current time on archive entries; the renderer must pin it
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DOCX

    @ParameterizedTest
    @MethodSource("cvs")
    void docxDocumentsAreReadable(SampleCv cv) throws IOException {
        for (SampleDocuments.Renderer renderer : List.of(SampleDocuments.tableDocx(), SampleDocuments.classicDocx())) {
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(cv)));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                String text = extractor.getText();
                assertTrue(text.contains(cv.person().printedName()), renderer.name() + "\n" + text);
                assertTrue(text.contains(cv.person().email()), renderer.name() + "\n" + text);
                assertTrue(text.contains(cv.jobs().get(0).printedDates()), renderer.name() + "\n" + text);
            }
        }
    }

    @Test
    void tableDocxHasTablesHeaderFooterAndLinkedInTextBox() throws IOException {
        SampleCv cv = SampleCvs.leaMoreau();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(SampleDocuments.tableDocx().render(cv)))) {
            assertEquals(4, docx.getTables().size());
            assertEquals(cv.jobs().size(), docx.getTables().get(0).getNumberOfRows());
            assertEquals(cv.jobs().get(1).printedDates(), docx.getTables().get(0).getRow(1).getCell(0).getText());
            assertTrue(docx.getHeaderList().get(0).getText().contains(cv.person().email()));
            assertTrue(docx.getHeaderList().get(0).getText().contains(cv.person().phonePrinted()));
            assertTrue(docx.getFooterList().get(0).getText().contains("page"));
            String body = docx.getDocument().xmlText();
            int textBox = body.indexOf("txbxContent");
            assertTrue(textBox >= 0, "no text box");
            assertTrue(body.indexOf("linkedin.com/in/lea-moreau-exemple", textBox) > textBox);
        }
    }

    @Test
    void classicDocxUsesWordBulletLists() throws IOException {
        SampleCv cv = SampleCvs.priyaRaman();
        try (XWPFDocument docx = new XWPFDocument(
                new ByteArrayInputStream(SampleDocuments.classicDocx().render(cv)))) {
            long bulleted = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).count();
            int expected = cv.jobs().stream().mapToInt(j -> j.bullets().size()).sum() + cv.languages().size();
            assertEquals(expected, bulleted);
            XWPFParagraph firstBullet = docx.getParagraphs().stream().filter(p -> p.getNumID() != null)
                    .findFirst().orElseThrow();
            assertEquals("bullet", firstBullet.getNumFmt());
            assertEquals(cv.jobs().get(0).bullets().get(0), firstBullet.getText());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plain text

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16", "UTF-16LE", "windows-1252"})
    void plainTextDecodesBackInItsCharset(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        for (SampleCv cv : SampleCvs.all()) {
            byte[] bytes = SampleDocuments.plainText(charset).render(cv);
            if (charsetName.startsWith("UTF-16")) {
                boolean bigEndian = (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
                boolean littleEndian = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
                assertTrue(bigEndian || littleEndian, "no byte-order mark");
            } else {
                assertFalse((bytes[0] & 0xFF) == 0xEF, "unexpected UTF-8 byte-order mark");
            }
            String text = new String(bytes, charset);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            assertTrue(text.startsWith(cv.person().printedName()), text);
            assertTrue(text.contains(cv.person().email()));
            assertTrue(text.contains(cv.jobs().get(0).printedDates()));
            assertTrue(text.contains(cv.summary().substring(0, 20)));
            assertFalse(text.contains("?"), "replacement character in " + cv.id());
            assertEquals(!"UTF-8".equals(charsetName), text.contains("\r\n"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Committed sample set

    @Test
    void writeSamplesProducesSmallDocumentsWithFacts(@TempDir Path directory) throws IOException {
        List<Path> written = WriteSamples.write(directory);
        assertEquals(12, written.size());
        Set<String> names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("camille-martin-fr.pdf", "hannah-whitfield-en.pdf",
                "daniel-okafor-en.pdf", "lea-moreau-fr.docx", "priya-raman-en.docx", "julien-lefevre-fr.txt",
                "camille-martin-fr.facts.json")), names.toString());
        ObjectMapper mapper = new ObjectMapper();
        for (WriteSamples.Sample sample : WriteSamples.samples()) {
            Path document = directory.resolve(sample.fileName());
            assertTrue(Files.size(document) < 60 * 1024, sample.fileName());
            JsonNode facts = mapper.readTree(directory.resolve(WriteSamples.FACTS_DIRECTORY)
                    .resolve(sample.factsFileName()).toFile());
            assertEquals(sample.fileName(), facts.get("file").asText());
            assertEquals(sample.cv().person().printedName(), facts.get("name").get("printed").asText());
            assertEquals(sample.cv().jobs().size(), facts.get("jobs").size());
            assertEquals(sample.cv().expectedExperienceMonths(SampleCvs.FACTS_REFERENCE_DATE),
                    facts.get("totalExperience").get("months").asInt());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static void assertPdfHasNameAndEmail(SampleCv cv, byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(cv.person().printedName()), text);
            assertTrue(text.contains(cv.person().email()), text);
        }
    }

    /** Every glyph of the first page, in content-stream order. */
    private static List<TextPosition> positions(byte[] pdfBytes) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            stripper.getText(pdf);
        }
        return positions;
    }

    private static Job job(String start, String end) {
        return new Job("Role", "Example Ltd", null, start, end, start + " - " + (end == null ? "Present" : end),
                List.of());
    }

    private static SampleCv withJobs(Job... jobs) {
        SampleCv.Builder builder = SampleCvs.hannahWhitfield().toBuilder().clearJobs();
        for (Job job : jobs) {
            builder.job(job);
        }
        return builder.build();
    }
}
