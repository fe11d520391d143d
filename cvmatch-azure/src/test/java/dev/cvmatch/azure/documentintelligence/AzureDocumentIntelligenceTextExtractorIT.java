package dev.cvmatch.azure.documentintelligence;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.exception.HttpResponseException;
import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.UnsupportedFormatException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.Region;
import dev.cvmatch.document.TextLine;
import dev.cvmatch.document.TextStyle;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link AzureDocumentIntelligenceTextExtractor} against a local server speaking the Document Intelligence protocol. */
class AzureDocumentIntelligenceTextExtractorIT {

    private final DocumentIntelligenceService service = new DocumentIntelligenceService();

    @AfterEach
    void stop() {
        service.close();
    }

    private static CvParser parser(DocumentTextExtractor extractor) {
        return CvParser.builder().extractor(extractor).referenceMonth(YearMonth.of(2026, 11)).build();
    }

    @Test
    void theServicesLayoutFeedsTheSameParser() {
        SampleCv sample = SampleCvs.camilleMartin();
        byte[] pdf = SampleDocuments.twoColumnPdf().render(sample);
        ExtractedDocument local = DocumentTextExtractor.defaults().extract(pdf);
        Set<String> headings = local.lines().stream().filter(l -> l.style().bold() && l.style().allCaps())
                .map(TextLine::text).collect(Collectors.toSet());
        // the service reports headings as paragraph roles, not as fonts: give it no font information
        service.succeedsWith(DocumentIntelligenceService.layoutOf(local, headings));

        ParsedCv expected = parser(DocumentTextExtractor.defaults()).parse(pdf);
        ParsedCv viaAzure = parser(service.extractor().build()).parse(pdf);

        assertEquals(expected.contact().fullName(), viaAzure.contact().fullName());
        assertEquals(expected.contact().email(), viaAzure.contact().email());
        assertEquals(expected.contact().phoneE164(), viaAzure.contact().phoneE164());
        assertEquals(employers(expected), employers(viaAzure));
        assertEquals(expected.experience().stream().map(WorkExperience::title).toList(),
                viaAzure.experience().stream().map(WorkExperience::title).toList());
        assertEquals(expected.totalExperienceMonths(), viaAzure.totalExperienceMonths());
        assertEquals(expected.education().size(), viaAzure.education().size(),
                expected.education() + "\n" + viaAzure.education());
        assertEquals(skills(expected), skills(viaAzure));
        assertTrue(viaAzure.experience().size() >= 2, viaAzure.experience().toString());

        service.server.verify(postRequestedFor(urlPathEqualTo(DocumentIntelligenceService.ANALYZE))
                .withHeader("Ocp-Apim-Subscription-Key", equalTo(DocumentIntelligenceService.KEY))
                .withQueryParam("api-version", equalTo("2024-11-30"))
                .withQueryParam("pages", equalTo("1-" + DocumentLimits.defaults().maxPages()))
                .withRequestBody(matchingJsonPath("$.base64Source", equalTo(Base64.getEncoder().encodeToString(pdf)))));
    }

    private static List<String> employers(ParsedCv cv) {
        return cv.experience().stream().map(WorkExperience::employer).toList();
    }

    private static Set<String> skills(ParsedCv cv) {
        return cv.skills().stream().map(NormalizedSkill::name).collect(Collectors.toSet());
    }

    @Test
    void rolesStylesTablesAndImagePixelsAreMapped() throws IOException {
        service.succeedsWith(DocumentIntelligenceService.parse(resource("scanned-layout-result.json")));
        byte[] png = SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 72, "png")
                .render(SampleCvs.camilleMartin());

        ExtractedDocument document = service.extractor().build().extract(png);

        assertEquals(DocumentFormat.PNG, document.format());
        assertEquals(1, document.pages().size());
        assertEquals(595.3f, document.pages().get(0).width(), 0.5f, "1,240 pixels scaled to an A4 width");
        assertEquals(842f, document.pages().get(0).height(), 1f);
        TextLine header = line(document, "Dossier de candidature — confidentiel");
        assertEquals(Region.HEADER, header.region());
        assertEquals(Region.FOOTER, line(document, "Page 1 / 1").region());
        TextLine name = line(document, "Camille Martin");
        assertTrue(name.style().bold(), "a title paragraph is a heading");
        assertTrue(line(document, "EXPÉRIENCE").style().bold() && line(document, "EXPÉRIENCE").style().allCaps());
        assertTrue(line(document, "Développeuse Java, Acme, Lyon").style().bold(), "bold from the font styles");
        assertTrue(line(document, "janv. 2020 – déc. 2024").style().italic());
        assertFalse(line(document, "camille.martin@example.fr · 06 12 34 56 78").style().bold());
        assertEquals(Region.TABLE, line(document, "Java").region());
        assertEquals(Region.TABLE, line(document, "Spring Boot").region());
        assertTrue(line(document, "Java").block() != line(document, "Spring Boot").block(), "one block per cell");
        assertEquals(TextStyle.OCR_FONT_NAME, name.style().fontName(), "an image is read by OCR");
        // 80 px from the left of a 1,240 px page is 38.4 points on a 595.3 point page
        assertEquals(38.4f, name.box().x(), 0.1f);
        assertEquals(60 * 595.3f / 1240, name.box().height(), 0.1f);

        ParsedCv cv = parser(service.extractor().build()).parse(png);
        assertEquals("Camille Martin", cv.contact().fullName());
        assertEquals("camille.martin@example.fr", cv.contact().email());
        assertEquals(List.of("Acme"), employers(cv));
        assertTrue(skills(cv).containsAll(List.of("Java", "Spring Boot")), skills(cv).toString());
        assertTrue(cv.warnings().stream().anyMatch(w -> w.contains("OCR")), cv.warnings().toString());
    }

    private static TextLine line(ExtractedDocument document, String text) {
        return document.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + document.text()));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AzureDocumentIntelligenceTextExtractorIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileTheServiceCannotReadIsACorruptDocument() {
        service.refuses(400, "InvalidRequest", "InvalidContent",
                "The file is corrupted or format is unsupported. Refer to documentation for the list of supported "
                        + "formats.");
        byte[] pdf = "%PDF-1.7\n% truncated".getBytes(StandardCharsets.US_ASCII);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> service.extractor().build().extract(pdf));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aFailedAnalysisAboutTheDocumentIsTypedAndOthersStayAzureErrors() {
        service.failsWith("InvalidRequest", "InvalidContent", "The file is corrupted or format is unsupported.");
        byte[] pdf = SampleDocuments.singleColumnPdf().render(SampleCvs.camilleMartin());
        assertThrows(CorruptDocumentException.class, () -> service.extractor().build().extract(pdf));

        service.server.resetAll();
        service.failsWith("InternalServerError", null, "An unexpected error occurred.");
        RuntimeException e = assertThrows(RuntimeException.class, () -> service.extractor().build().extract(pdf));
        assertInstanceOf(com.azure.core.exception.AzureException.class, e);
        assertFalse(e instanceof CvMatchException);
    }

    @Test
    void authenticationErrorsAreTheSdksNotTheDocuments() {
        service.refuses(401, "401", null, "Access denied due to invalid subscription key or wrong API endpoint.");
        byte[] pdf = SampleDocuments.singleColumnPdf().render(SampleCvs.camilleMartin());
        HttpResponseException e = assertThrows(HttpResponseException.class,
                () -> service.extractor().build().extract(pdf));
        assertEquals(401, e.getResponse().getStatusCode());
    }

    @Test
    void oversizedAndUnreadableFormatsAreRefusedBeforeAnyCall() {
        AzureDocumentIntelligenceTextExtractor extractor = service.extractor()
                .limits(DocumentLimits.defaults().withMaxBytes(1_000)).build();
        byte[] pdf = SampleDocuments.singleColumnPdf().render(SampleCvs.camilleMartin());
        LimitExceededException big = assertThrows(LimitExceededException.class, () -> extractor.extract(pdf));
        assertEquals("bytes", big.limit());
        assertThrows(UnsupportedFormatException.class,
                () -> extractor.extract("Camille Martin\nDéveloppeuse".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, service.server.getAllServeEvents().size(), "nothing was sent");
    }

    @Test
    void anAnalysisThatNeverEndsIsAbandonedAfterTheTimeout() {
        service.neverFinishes();
        AzureDocumentIntelligenceTextExtractor extractor = service.extractor().timeout(Duration.ofMillis(300)).build();
        byte[] pdf = SampleDocuments.singleColumnPdf().render(SampleCvs.camilleMartin());
        long started = System.nanoTime();
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> extractor.extract(pdf));
        assertEquals("time", e.limit());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 10_000);
    }

    @Test
    void aClientOrAnEndpointWithACredentialIsRequired() {
        assertThrows(IllegalStateException.class, () -> AzureDocumentIntelligenceTextExtractor.builder().build());
        assertThrows(IllegalStateException.class,
                () -> AzureDocumentIntelligenceTextExtractor.builder().endpoint(service.endpoint()).build());
        assertThrows(IllegalArgumentException.class, () -> service.extractor().timeout(Duration.ZERO));
    }
}
