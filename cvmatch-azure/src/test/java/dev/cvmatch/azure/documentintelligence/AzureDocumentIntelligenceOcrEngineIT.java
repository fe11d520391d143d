package dev.cvmatch.azure.documentintelligence;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.AzureKeyCredential;
import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.azure.testing.TrustingHttpClient;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link AzureDocumentIntelligenceOcrEngine} reading scanned pages, through the local Document Intelligence server. */
class AzureDocumentIntelligenceOcrEngineIT {

    private final DocumentIntelligenceService service = new DocumentIntelligenceService();

    @AfterEach
    void stop() {
        service.close();
    }

    private AzureDocumentIntelligenceOcrEngine engine() {
        return AzureDocumentIntelligenceOcrEngine.builder().endpoint(service.endpoint())
                .credential(new AzureKeyCredential(DocumentIntelligenceService.KEY))
                .httpClient(TrustingHttpClient.INSTANCE).pollInterval(Duration.ofMillis(20)).build();
    }

    private static CvParser parser(DocumentTextExtractor extractor) {
        return CvParser.builder().extractor(extractor).referenceMonth(YearMonth.of(2026, 11)).build();
    }

    @Test
    void aScannedCvIsReadByTheServiceAndParsedLikeTheDigitalOne() {
        SampleCv sample = SampleCvs.hannahWhitfield();
        byte[] digital = SampleDocuments.singleColumnPdf().render(sample);
        ExtractedDocument text = DocumentTextExtractor.defaults().extract(digital);
        // the service's reading of the page: the digital text where the scan shows it, in its pixels
        service.succeedsWith("prebuilt-read", DocumentIntelligenceService.readOf(text, 300));
        byte[] scan = SampleDocuments.scannedPdf(SampleDocuments.singleColumnPdf(), 150).render(sample);

        ParsedCv expected = parser(DocumentTextExtractor.defaults()).parse(digital);
        ParsedCv viaAzure = parser(AutoDetectTextExtractor.builder().ocr(engine()).build()).parse(scan);

        assertEquals(expected.contact().fullName(), viaAzure.contact().fullName());
        assertEquals(expected.contact().email(), viaAzure.contact().email());
        assertEquals(expected.experience().stream().map(WorkExperience::employer).toList(),
                viaAzure.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(expected.totalExperienceMonths(), viaAzure.totalExperienceMonths());
        assertTrue(viaAzure.warnings().stream().anyMatch(w -> w.contains("OCR")), viaAzure.warnings().toString());
        // only the scanned page went to the service, as a PNG image
        service.server.verify(1, postRequestedFor(urlPathEqualTo(
                DocumentIntelligenceService.analyzePath("prebuilt-read")))
                .withRequestBody(matchingJsonPath("$.base64Source", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("iVBORw0KGgo.*"))));
    }

    @Test
    void aBornDigitalCvNeverReachesTheService() {
        byte[] digital = SampleDocuments.singleColumnPdf().render(SampleCvs.hannahWhitfield());
        ParsedCv cv = parser(AutoDetectTextExtractor.builder().ocr(engine()).build()).parse(digital);
        assertTrue(cv.contact().fullName() != null);
        assertEquals(0, service.server.getAllServeEvents().size());
    }

    @Test
    void aPageTheServiceRejectsIsACorruptDocument() {
        byte[] scan = SampleDocuments.scannedPdf(SampleDocuments.singleColumnPdf(), 100)
                .render(SampleCvs.hannahWhitfield());
        service.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                DocumentIntelligenceService.analyzePath("prebuilt-read"))).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":"
                                + "\"InvalidRequest\",\"message\":\"Invalid request.\",\"innererror\":{\"code\":"
                                + "\"InvalidContent\",\"message\":\"The file is corrupted.\"}}}")));
        assertThrows(CorruptDocumentException.class,
                () -> parser(AutoDetectTextExtractor.builder().ocr(engine()).build()).parse(scan));
    }
}
