package dev.cvmatch.azure.documentintelligence;

import dev.cvmatch.azure.testing.TrustingHttpClient;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.Page;
import dev.cvmatch.document.TextLine;

/**
 * A local HTTP server speaking the Document Intelligence REST protocol (API 2024-11-30): {@code POST
 * .../documentModels/{model}:analyze} answers 202 with an {@code Operation-Location}, and {@code GET} on it answers
 * "running" once, then the result. Also builds analyze results in the service's JSON schema from a document read
 * by cvmatch's own extractors, as the service would describe that document.
 */
final class DocumentIntelligenceService implements AutoCloseable {

    static final String KEY = "test-key-0123456789";
    static final String ANALYZE = analyzePath("prebuilt-layout");

    static String analyzePath(String model) {
        return "/documentintelligence/documentModels/" + model + ":analyze";
    }

    private static String resultPath(String model) {
        return "/documentintelligence/documentModels/" + model + "/analyzeResults/7f3a";
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());

    DocumentIntelligenceService() {
        server.start();
    }

    String endpoint() {
        // the SDK sends keys over HTTPS only: see TrustingHttpClient
        return "https://localhost:" + server.httpsPort();
    }

    AzureDocumentIntelligenceTextExtractor.Builder extractor() {
        return AzureDocumentIntelligenceTextExtractor.builder().endpoint(endpoint())
                .credential(new com.azure.core.credential.AzureKeyCredential(KEY)).httpClient(TrustingHttpClient.INSTANCE)
                .pollInterval(java.time.Duration.ofMillis(20));
    }

    /** The analysis is accepted, runs for one poll, then succeeds with this result. */
    void succeedsWith(ObjectNode analyzeResult) {
        succeedsWith("prebuilt-layout", analyzeResult);
    }

    /** The analysis with this model is accepted, runs for one poll, then succeeds with this result. */
    void succeedsWith(String model, ObjectNode analyzeResult) {
        accepts(model);
        server.stubFor(get(urlPathEqualTo(resultPath(model))).inScenario("analysis").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, operation("running", null))).willSetStateTo("done"));
        ObjectNode done = operation("succeeded", null);
        done.set("analyzeResult", analyzeResult);
        server.stubFor(get(urlPathEqualTo(resultPath(model))).inScenario("analysis").whenScenarioStateIs("done")
                .willReturn(json(200, done)));
    }

    /** The analysis is accepted and then fails with this error. */
    void failsWith(String code, String innerCode, String message) {
        accepts("prebuilt-layout");
        server.stubFor(get(urlPathEqualTo(resultPath("prebuilt-layout"))).willReturn(json(200, operation("failed", error(code, innerCode,
                message)))));
    }

    /** The analysis is accepted and never finishes. */
    void neverFinishes() {
        accepts("prebuilt-layout");
        server.stubFor(get(urlPathEqualTo(resultPath("prebuilt-layout"))).willReturn(json(200, operation("running",
                null))));
    }

    /** The analyze request itself is refused. */
    void refuses(int status, String code, String innerCode, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error(code, innerCode, message));
        server.stubFor(post(urlPathEqualTo(ANALYZE)).willReturn(json(status, body)));
    }

    private void accepts(String model) {
        server.stubFor(post(urlPathEqualTo(analyzePath(model))).willReturn(aResponse().withStatus(202)
                .withHeader("Operation-Location", endpoint() + resultPath(model) + "?api-version=2024-11-30")
                .withHeader("apim-request-id", "7f3a")));
    }

    private static ObjectNode operation(String status, ObjectNode error) {
        ObjectNode op = JSON.createObjectNode();
        op.put("status", status);
        op.put("createdDateTime", "2026-11-24T08:00:00Z");
        op.put("lastUpdatedDateTime", "2026-11-24T08:00:01Z");
        if (error != null) {
            op.set("error", error);
        }
        return op;
    }

    private static ObjectNode error(String code, String innerCode, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", code);
        error.put("message", message);
        if (innerCode != null) {
            ObjectNode inner = error.putObject("innererror");
            inner.put("code", innerCode);
            inner.put("message", message);
        }
        return error;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, ObjectNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body.toString());
    }

    /**
     * The service's description of a document: its text as {@code content}, pages in inches, one line per line
     * with its polygon and span, paragraphs of the lines of one column with no blank space between them,
     * {@code sectionHeading} paragraphs for the given heading lines.
     */
    static ObjectNode layoutOf(ExtractedDocument document, java.util.Set<String> headings) {
        ObjectNode result = JSON.createObjectNode();
        result.put("apiVersion", "2024-11-30");
        result.put("modelId", "prebuilt-layout");
        result.put("stringIndexType", "utf16CodeUnit");
        result.put("content", document.text());
        ArrayNode pages = result.putArray("pages");
        ArrayNode paragraphs = result.putArray("paragraphs");
        for (Page page : document.pages()) {
            ObjectNode p = pages.addObject();
            p.put("pageNumber", page.number());
            p.put("angle", 0);
            p.put("width", page.width() / 72.0);
            p.put("height", page.height() / 72.0);
            p.put("unit", "inch");
            p.putArray("words");
            ArrayNode lines = p.putArray("lines");
            TextLine previous = null;
            ObjectNode para = null;
            for (TextLine line : page.lines()) {
                ObjectNode l = lines.addObject();
                l.put("content", line.text());
                ArrayNode polygon = polygon(line.box());
                l.set("polygon", polygon);
                l.putArray("spans").addObject().put("offset", line.offset()).put("length", line.text().length());
                boolean heading = headings.contains(line.text());
                // the service's paragraphs: lines of one column with no blank space between them; a heading alone
                if (para == null || heading || headings.contains(previous.text()) || previous.block() != line.block()
                        || line.box().y() - previous.box().bottom() > previous.box().height()) {
                    para = paragraphs.addObject();
                    if (heading) {
                        para.put("role", "sectionHeading");
                    }
                    para.put("content", line.text());
                    para.putArray("spans").addObject().put("offset", line.offset())
                            .put("length", line.text().length());
                    ObjectNode region = para.putArray("boundingRegions").addObject();
                    region.put("pageNumber", page.number());
                    region.set("polygon", polygon);
                } else {
                    para.put("content", para.get("content").asText() + "\n" + line.text());
                    ObjectNode span = (ObjectNode) para.get("spans").get(0);
                    span.put("length", line.end() - span.get("offset").asInt());
                }
                previous = line;
            }
        }
        return result;
    }

    /**
     * The read model's description of a page image of {@code document}'s first page, in pixels at {@code dpi}: lines
     * with their words (box widths shared by character count) and word confidences.
     */
    static ObjectNode readOf(ExtractedDocument document, int dpi) {
        double k = dpi / 72.0;
        Page page = document.pages().get(0);
        ObjectNode result = JSON.createObjectNode();
        result.put("apiVersion", "2024-11-30");
        result.put("modelId", "prebuilt-read");
        StringBuilder content = new StringBuilder();
        ObjectNode p = result.putArray("pages").addObject();
        p.put("pageNumber", 1);
        p.put("angle", 0);
        p.put("width", Math.round(page.width() * k));
        p.put("height", Math.round(page.height() * k));
        p.put("unit", "pixel");
        ArrayNode words = p.putArray("words");
        ArrayNode lines = p.putArray("lines");
        for (TextLine line : page.lines()) {
            if (content.length() > 0) {
                content.append('\n');
            }
            int start = content.length();
            content.append(line.text());
            BoundingBox box = line.box();
            ObjectNode l = lines.addObject();
            l.put("content", line.text());
            l.set("polygon", pixels(box.x(), box.y(), box.right(), box.bottom(), k));
            l.putArray("spans").addObject().put("offset", start).put("length", line.text().length());
            int at = 0;
            double perChar = box.width() / Math.max(1, line.text().length());
            for (String word : line.text().split(" ")) {
                if (!word.isEmpty()) {
                    double x = box.x() + at * perChar;
                    ObjectNode w = words.addObject();
                    w.put("content", word);
                    w.set("polygon", pixels(x, box.y(), x + word.length() * perChar, box.bottom(), k));
                    w.put("confidence", 0.98);
                    w.putObject("span").put("offset", start + at).put("length", word.length());
                }
                at += word.length() + 1;
            }
        }
        result.put("content", content.toString());
        return result;
    }

    private static ArrayNode pixels(double x, double y, double r, double b, double k) {
        ArrayNode a = JSON.createArrayNode();
        a.add(x * k).add(y * k).add(r * k).add(y * k).add(r * k).add(b * k).add(x * k).add(b * k);
        return a;
    }

    private static ArrayNode polygon(BoundingBox box) {
        ArrayNode a = JSON.createArrayNode();
        double x = box.x() / 72.0;
        double y = box.y() / 72.0;
        double r = box.right() / 72.0;
        double b = box.bottom() / 72.0;
        a.add(x).add(y).add(r).add(y).add(r).add(b).add(x).add(b);
        return a;
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
