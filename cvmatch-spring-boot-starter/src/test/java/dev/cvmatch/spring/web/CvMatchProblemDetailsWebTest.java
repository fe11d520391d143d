package dev.cvmatch.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A real Spring Boot MVC application on embedded Tomcat, with the starter, answering uploads of bad CVs: each gets
 * its 4xx problem details, Spring's multipart limit follows {@code cvmatch.limits.max-size}, and nothing is logged
 * at WARN or ERROR.
 */
@SpringBootTest(classes = CvMatchProblemDetailsWebTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cvmatch.limits.max-size=3MB", "cvmatch.limits.max-pages=1",
            "cvmatch.limits.max-characters=3000000", "cvmatch.ocr.enabled=false",
            "cvmatch.parser.detect-language=false", "logging.level.dev.cvmatch.spring.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class CvMatchProblemDetailsWebTest {

    private static final String CV = String.join("\n", "Camille Martin", "camille.martin@example.fr | 06 12 34 56 78",
            "", "EXPÉRIENCE", "Développeuse Java, Acme, Lyon, janv. 2019 - déc. 2024", "", "COMPÉTENCES",
            "Java, Spring Boot, PostgreSQL");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CvController.class)
    static class App {
    }

    @RestController
    static class CvController {
        private final CvParser parser;

        CvController(CvParser parser) {
            this.parser = parser;
        }

        @org.springframework.web.bind.annotation.GetMapping("/cvs")
        ParsedCv stored() {
            return parser.parse(java.nio.file.Path.of("/nonexistent/cvmatch-test/camille-martin.pdf"));
        }

        @PostMapping("/cvs")
        ParsedCv parse(@RequestParam("file") MultipartFile file) throws IOException {
            return parser.parse(file.getInputStream());
        }
    }

    @LocalServerPort
    private int port;

    @org.springframework.beans.factory.annotation.Autowired
    private CvParser parser;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEmptyFileIs400(CapturedOutput output) throws Exception {
        HttpResponse<String> response = upload("empty.pdf", new byte[0]);
        assertProblem(response, 400, "empty-document", "The file is empty (0 bytes)");
        assertQuietLogs(output, 400);
    }

    @Test
    void aZipIs415() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        JsonNode problem = assertProblem(upload("cv.pdf", zip), 415, "unsupported-format", null);
        assertThat(problem.get("title").asText()).isEqualTo("Unsupported document format");
    }

    @Test
    void aTruncatedPdfIs422() throws Exception {
        byte[] pdf = pdf(1, false);
        assertProblem(upload("cv.pdf", Arrays.copyOf(pdf, pdf.length / 3)), 422, "corrupt-document", null);
    }

    @Test
    void aPasswordProtectedPdfIs422() throws Exception {
        assertProblem(upload("cv.pdf", pdf(1, true)), 422, "encrypted-document", null);
    }

    @Test
    void aScanWithoutOcrIs422(CapturedOutput output) throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertProblem(upload("cv.png", png.toByteArray()), 422, "ocr-required", null);
        assertQuietLogs(output, 422);
    }

    @Test
    void aDocumentOverTheCvmatchLimitsIs413NamingTheLimit() throws Exception {
        JsonNode problem = assertProblem(upload("cv.pdf", pdf(2, false)), 413, "limit-exceeded", null);
        assertThat(problem.get("limit").asText()).isEqualTo("maxPages");
        assertThat(problem.get("detail").asText()).contains("2 pages");
    }

    @Test
    void theMultipartLimitFollowsCvmatchMaxSize(CapturedOutput output) throws Exception {
        // 2 MB: over Spring's 1 MB default for a file, under cvmatch.limits.max-size (3 MB): reaches the parser
        byte[] big = (CV + "\n".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = upload("cv.txt", big);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode cv = json.readTree(accepted.body());
        assertThat(cv.at("/contact/fullName").asText()).isEqualTo("Camille Martin");

        // 4 MB: over the aligned multipart limit: refused by the container, still as problem details
        HttpResponse<String> refused = upload("cv.txt", new byte[4 * 1024 * 1024]);
        JsonNode problem = assertProblem(refused, 413, "upload-too-large", null);
        assertThat(problem.get("detail").asText()).startsWith("The upload is larger than");
        assertQuietLogs(output, 413);
    }

    @Test
    void aMissingStoredFileIs404WithoutTheServerPath() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/cvs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode problem = assertProblem(response, 404, "document-not-found", "The document was not found");
        assertThat(response.body()).doesNotContain("nonexistent").doesNotContain("camille");
    }

    @Test
    void aControllerReturningAParsedCvAnswersTheDocumentedSchema() throws Exception {
        HttpResponse<String> response = upload("cv.txt", CV.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("schema").asText()).isEqualTo(dev.cvmatch.json.CvJson.NATIVE_SCHEMA);
        assertThat(body.at("/experience/0/start").asText()).isEqualTo("2019-01");
        assertThat(body.toString()).doesNotContain(":null").doesNotContain("\"year\"");
        ParsedCv expected = parser.parse(CV.getBytes(StandardCharsets.UTF_8));
        assertThat(body).isEqualTo(json.readTree(dev.cvmatch.json.CvJson.toJson(expected)));
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type, String detail)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo(CvMatchProblemDetails.TYPE_PREFIX + type);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        if (detail != null) {
            assertThat(problem.get("detail").asText()).isEqualTo(detail);
        }
        assertThat(problem.get("instance").asText()).isEqualTo("/cvs");
        assertThat(problem.has("trace")).isFalse();
        return problem;
    }

    /** No WARN or ERROR line, no stack trace; the one DEBUG line of the handler. */
    private static void assertQuietLogs(CapturedOutput output, int status) {
        String all = output.getAll();
        assertThat(all).doesNotContain("ERROR ").doesNotContain("WARN ").doesNotContain("\tat ");
        assertThat(all).contains("DEBUG " + CvMatchExceptionHandler.class.getName() + " - Refused a");
        assertThat(all).contains("with " + status + ":");
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "cvmatch-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cvs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] pdf(int pages, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 720);
                    content.showText("Camille Martin - page " + (i + 1));
                    content.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
