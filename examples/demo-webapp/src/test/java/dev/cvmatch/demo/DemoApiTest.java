package dev.cvmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint and every security rule, through MockMvc on the embedded default (H2 in memory, memory files). */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-api;DB_CLOSE_DELAY=-1",
    "cvmatch.documents.type=memory",
    "demo.jwt.secret=dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3Jl",
    "demo.login.max-failures=3",
    "demo.upload.max-files=10"})
@AutoConfigureMockMvc
class DemoApiTest {

    static final Path SAMPLES = Path.of("../samples");
    static final String JOB = "Développeur Java senior\nCompétences requises : Java, Spring Boot, PostgreSQL, Docker.\n"
            + "Anglais courant.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    String register(String email) throws Exception {
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-42\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.email").value(email.toLowerCase()));
        MvcResult login = mvc.perform(post("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-42\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token_type").value("bearer"))
                .andExpect(jsonPath("$.expires_in").value(1800)).andReturn();
        return "Bearer " + json(login).get("access_token").asString();
    }

    static String email() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static MockMultipartFile sample(String param, String name) throws Exception {
        return new MockMultipartFile(param, name, null, Files.readAllBytes(SAMPLES.resolve(name)));
    }

    String upload(String token, String name) throws Exception {
        MvcResult r = mvc.perform(multipart("/cv/upload").file(sample("cv_file", name)).param("job_description", JOB)
                .header("Authorization", token)).andExpect(status().isCreated())
                .andExpect(header().exists("Location")).andReturn();
        return json(r).get("summary").get("id").asString();
    }

    @Test
    void registerValidatesEmailPasswordAndDuplicates() throws Exception {
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not-an-email\",\"password\":\"Correct-Horse-42\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"weak@example.com\",\"password\":\"password\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(
                        "https://cvmatch.dev/problems/weak-password"));
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"weak@example.com\",\"password\":\"aaaaaaaaaaaaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest());
        String email = email();
        register(email);
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"Another-Pass-99\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void wrongPasswordIsRefusedAndThrottled() throws Exception {
        String email = email();
        register(email);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/auth/login").with(r -> {
                r.setRemoteAddr("10.0.0.8");
                return r;
            }).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\":\"" + email + "\",\"password\":\"Wrong-Horse-42\"}"))
                    .andExpect(status().isUnauthorized());
        }
        // locked: even the right password is refused, with Retry-After, from any address
        mvc.perform(post("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-42\"}"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        // the address that failed is locked for other accounts too
        mvc.perform(post("/auth/login").with(r -> {
            r.setRemoteAddr("10.0.0.8");
            return r;
        }).contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"other@example.com\",\"password\":\"x\"}"))
                .andExpect(status().isTooManyRequests());
        // an unknown e-mail is a plain 401, not a different answer
        mvc.perform(post("/auth/login").with(r -> {
            r.setRemoteAddr("10.0.0.9");
            return r;
        }).contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"nobody@example.com\",\"password\":\"x\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value("Wrong e-mail or password."));
    }

    @Test
    void forgedExpiredTamperedAndMissingTokensAreRefused() throws Exception {
        String token = register(email());
        mvc.perform(get("/analyses")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String[] parts = token.substring(7).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceAll("\"sub\":\"[^\"]+\"", "\"sub\":\"someone-else\"").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/analyses").header("Authorization", "Bearer " + parts[0] + "." + otherSubject + "." + parts[2]))
                .andExpect(status().isUnauthorized());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        mvc.perform(get("/analyses").header("Authorization", "Bearer " + none + "." + parts[1] + "."))
                .andExpect(status().isUnauthorized());
        // signed with another key
        TokenKeys.Forged forged = TokenKeys.forge("another-key-of-at-least-thirty-two-bytes!!", "cvmatch-demo",
                Duration.ofMinutes(5));
        mvc.perform(get("/analyses").header("Authorization", "Bearer " + forged.token()))
                .andExpect(status().isUnauthorized());
        // right key, expired
        TokenKeys.Forged expired = TokenKeys.forge(new String(Base64.getDecoder().decode(
                "dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3Jl"), StandardCharsets.UTF_8), "cvmatch-demo",
                Duration.ofMinutes(-10));
        mvc.perform(get("/analyses").header("Authorization", "Bearer " + expired.token()))
                .andExpect(status().isUnauthorized());
        // right key, wrong issuer
        TokenKeys.Forged issuer = TokenKeys.forge(new String(Base64.getDecoder().decode(
                "dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1vci1tb3Jl"), StandardCharsets.UTF_8), "evil",
                Duration.ofMinutes(5));
        mvc.perform(get("/analyses").header("Authorization", "Bearer " + issuer.token()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/analyses").header("Authorization", token)).andExpect(status().isOk());
    }

    @Test
    void singleUploadScoresAndExtractsAndOtherUsersSeeNothing() throws Exception {
        String alice = register(email());
        String bob = register(email());
        String id = upload(alice, "camille-martin-fr.pdf");
        MvcResult detail = mvc.perform(get("/analyses/" + id).header("Authorization", alice))
                .andExpect(status().isOk()).andReturn();
        JsonNode d = json(detail);
        assertThat(d.get("summary").get("status").asString()).isEqualTo("completed");
        assertThat(d.get("result").get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(d.get("result").get("matchedSkills").size()).isPositive();
        assertThat(d.get("cv").get("contact").get("fullName").asString()).containsIgnoringCase("martin");
        assertThat(d.get("cv").get("experience").size()).isPositive();
        // blind: no name, no e-mail, no file name
        JsonNode blind = json(mvc.perform(get("/analyses/" + id).param("blind", "true").header("Authorization", alice))
                .andExpect(status().isOk()).andReturn());
        assertThat(blind.path("cv").path("contact").path("fullName").asString("")).isEmpty();
        assertThat(blind.path("cv").path("contact").path("email").asString("")).isEmpty();
        assertThat(d.path("cv").path("contact").path("email").asString("")).contains("@");
        assertThat(blind.get("summary").get("fileName").asString()).doesNotContain("camille");
        assertThat(blind.toString()).doesNotContainIgnoringCase("camille");
        // Bob: 404 everywhere, never 403
        mvc.perform(get("/analyses/" + id).header("Authorization", bob)).andExpect(status().isNotFound());
        mvc.perform(get("/analyses/" + id + "/json-resume").header("Authorization", bob))
                .andExpect(status().isNotFound());
        mvc.perform(get("/analyses/" + id + "/document").header("Authorization", bob)).andExpect(status().isNotFound());
        mvc.perform(delete("/analyses/" + id).header("Authorization", bob)).andExpect(status().isNotFound());
        assertThat(json(mvc.perform(get("/analyses").header("Authorization", bob)).andReturn()).get("total").asInt())
                .isZero();
        // Alice: JSON Resume and the original file as downloads
        mvc.perform(get("/analyses/" + id + "/json-resume").header("Authorization", alice)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(jsonPath("$.basics.name").exists());
        byte[] original = mvc.perform(get("/analyses/" + id + "/document").header("Authorization", alice))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(Files.readAllBytes(SAMPLES.resolve("camille-martin-fr.pdf")));
        mvc.perform(delete("/analyses/" + id).header("Authorization", alice)).andExpect(status().isNoContent());
        mvc.perform(get("/analyses/" + id).header("Authorization", alice)).andExpect(status().isNotFound());
    }

    @Test
    void badFilesAreRefusedWithClearProblems() throws Exception {
        String token = register(email());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        mvc.perform(multipart("/cv/upload").file(new MockMultipartFile("cv_file", "cv.pdf", "application/pdf", png))
                .param("job_description", JOB).header("Authorization", token))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("cv.pdf is named .pdf but its content is a PNG image."));
        mvc.perform(multipart("/cv/upload").file(new MockMultipartFile("cv_file", "cv.exe", null,
                new byte[] {'M', 'Z', 0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0})).param("job_description", JOB)
                .header("Authorization", token)).andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart("/cv/upload").file(new MockMultipartFile("cv_file", "empty.pdf", null, new byte[0]))
                .param("job_description", JOB).header("Authorization", token)).andExpect(status().isBadRequest());
        mvc.perform(multipart("/cv/upload").file(sample("cv_file", "camille-martin-fr.pdf"))
                .header("Authorization", token)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://cvmatch.dev/problems/job-missing"));
        // a DOCX zip bomb: refused by the parser's limits, answered 422 with the analysis id, kept as failed
        mvc.perform(multipart("/cv/upload").file(new MockMultipartFile("cv_file", "bomb.docx", null, zipBomb()))
                .param("job_description", JOB).header("Authorization", token))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.analysisId").exists())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/analyses").param("status", "failed").header("Authorization", token))
                .andExpect(jsonPath("$.total").value(1));
    }

    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void bulkUploadQueuesInParallelFiltersAndSorts() throws Exception {
        String token = register(email());
        var request = multipart("/cv/bulk-upload").param("job_description", JOB).header("Authorization", token);
        for (String name : new String[] {"camille-martin-fr.pdf", "daniel-okafor-en.pdf", "hannah-whitfield-en.pdf",
            "julien-lefevre-fr.txt", "lea-moreau-fr.docx", "priya-raman-en.docx"}) {
            request.file(sample("cv_files", name));
        }
        request.file(new MockMultipartFile("cv_files", "photo.pdf", null,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        JsonNode accepted = json(mvc.perform(request).andExpect(status().isAccepted()).andReturn());
        assertThat(accepted.get("analyses").size()).isEqualTo(6);
        assertThat(accepted.get("rejected").get(0).get("file").asString()).isEqualTo("photo.pdf");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode page;
        do {
            Thread.sleep(200);
            page = json(mvc.perform(get("/analyses").param("status", "completed").header("Authorization", token))
                    .andReturn());
        } while (page.get("total").asInt() < 6 && System.nanoTime() < deadline);
        assertThat(page.get("total").asInt()).isEqualTo(6);
        JsonNode sorted = json(mvc.perform(get("/analyses").param("sort", "score").header("Authorization", token))
                .andReturn());
        double previous = 101;
        for (JsonNode item : sorted.get("items")) {
            assertThat(item.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = item.get("score").asDouble();
        }
        double best = sorted.get("items").get(0).get("score").asDouble();
        JsonNode filtered = json(mvc.perform(get("/analyses").param("min_score", Double.toString(best))
                .header("Authorization", token)).andReturn());
        assertThat(filtered.get("total").asInt()).isBetween(1, 5);
        JsonNode searched = json(mvc.perform(get("/analyses").param("q", "OKAFOR").header("Authorization", token))
                .andReturn());
        assertThat(searched.get("total").asInt()).isEqualTo(1);
        JsonNode paged = json(mvc.perform(get("/analyses").param("size", "4").param("page", "1")
                .header("Authorization", token)).andReturn());
        assertThat(paged.get("items").size()).isEqualTo(2);
        JsonNode dashboard = json(mvc.perform(get("/dashboard").header("Authorization", token))
                .andExpect(status().isOk()).andReturn());
        assertThat(dashboard.get("total").asInt()).isEqualTo(6);
        assertThat(dashboard.get("completed").asInt()).isEqualTo(6);
        long banded = 0;
        for (JsonNode n : dashboard.get("scoreDistribution")) {
            banded += n.asLong();
        }
        assertThat(banded).isEqualTo(6);
        assertThat(dashboard.get("perWeek").size()).isEqualTo(12);
        assertThat(dashboard.get("perWeek").get(11).get("count").asInt()).isEqualTo(6);
        // too many files
        var tooMany = multipart("/cv/bulk-upload").param("job_description", JOB).header("Authorization", token);
        for (int i = 0; i < 11; i++) {
            tooMany.file(new MockMultipartFile("cv_files", "cv" + i + ".txt", null, "Jean Dupont\nJava".getBytes()));
        }
        mvc.perform(tooMany).andExpect(status().isBadRequest());
    }

    @Autowired
    dev.cvmatch.store.AnalysisStore analysisStore;
    @Autowired
    dev.cvmatch.store.DocumentStore documentStore;
    @Autowired
    dev.cvmatch.demo.analysis.QueueRecovery recovery;

    @Test
    void analysesLeftQueuedByAStoppedRunAreAnalysedAfterRestart() throws Exception {
        String token = register(email());
        String owner = com.jayway.jsonpath.JsonPath.read(new String(Base64.getUrlDecoder().decode(
                token.substring(7).split("\\.")[1]), StandardCharsets.UTF_8), "$.sub");
        // what a crash leaves: the file and a queued analysis, no message
        byte[] cv = Files.readAllBytes(SAMPLES.resolve("julien-lefevre-fr.txt"));
        var doc = documentStore.put(owner, "julien-lefevre-fr.txt", "text/plain", cv);
        var queued = analysisStore.create(dev.cvmatch.store.Analysis.queued(UUID.randomUUID().toString(), owner,
                "julien-lefevre-fr.txt", doc.key(), doc.contentHash(), JOB, java.time.Instant.now()));
        assertThat(recovery.requeue()).isGreaterThanOrEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            Thread.sleep(100);
            status = json(mvc.perform(get("/analyses/" + queued.id()).header("Authorization", token)).andReturn())
                    .get("summary").get("status").asString();
        } while (!status.equals("completed") && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("completed");
    }

    @Test
    void jobDescriptionMayBeUploadedAsADocument() throws Exception {
        String token = register(email());
        MvcResult r = mvc.perform(multipart("/cv/upload").file(sample("cv_file", "priya-raman-en.docx"))
                .file(new MockMultipartFile("job_file", "job.txt", "text/plain", JOB.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", token)).andExpect(status().isCreated()).andReturn();
        assertThat(json(r).get("jobText").asString()).contains("Spring Boot");
        assertThat(json(r).get("job").get("requiredSkills").size()).isPositive();
        mvc.perform(multipart("/cv/upload").file(sample("cv_file", "priya-raman-en.docx"))
                .file(new MockMultipartFile("job_file", "job.pdf", null, new byte[] {(byte) 0xff, (byte) 0xd8,
                    (byte) 0xff, 0, 1, 2})).header("Authorization", token))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void crossOriginCallsAreRefusedUnlessConfigured() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/analyses")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void healthOpenApiAndSecurityHeaders() throws Exception {
        mvc.perform(get("/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/cv/upload']").exists())
                .andExpect(jsonPath("$.paths['/auth/login']").exists());
        mvc.perform(get("/index.html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
