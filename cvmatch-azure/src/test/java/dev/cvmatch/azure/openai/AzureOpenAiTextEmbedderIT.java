package dev.cvmatch.azure.openai;

import dev.cvmatch.azure.testing.TrustingHttpClient;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.ScoreComponent;
import java.nio.charset.StandardCharsets;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** {@link AzureOpenAiTextEmbedder} against a local server speaking the Azure OpenAI embeddings protocol. */
class AzureOpenAiTextEmbedderIT {

    private static final String KEY = "openai-test-key";
    private static final String PATH = "/openai/deployments/text-embedding-3-small/embeddings";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Answers embedding requests as the service does, with vectors that carry meaning: each word of a text adds to
     * one dimension chosen by its hash, so texts sharing words are close.
     */
    static final class EmbeddingsService implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
                int dims = request.path("dimensions").asInt(1536);
                ObjectNode response = JSON.createObjectNode();
                response.put("object", "list");
                ArrayNode data = response.putArray("data");
                int index = 0;
                for (JsonNode input : request.path("input")) {
                    float[] v = new float[dims];
                    for (String word : input.asText().toLowerCase(Locale.ROOT).split("\\W+")) {
                        if (word.length() > 2) {
                            v[Math.floorMod(word.hashCode(), dims)] += 1f;
                        }
                    }
                    ObjectNode item = data.addObject();
                    item.put("object", "embedding");
                    item.put("index", index++);
                    ArrayNode vector = item.putArray("embedding");
                    for (float x : v) {
                        vector.add(x);
                    }
                }
                response.put("model", "text-embedding-3-small");
                response.putObject("usage").put("prompt_tokens", 10).put("total_tokens", 10);
                return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(response.toString()).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "embeddings";
        }
    }

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .dynamicHttpsPort().extensions(new EmbeddingsService()));

    AzureOpenAiTextEmbedderIT() {
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withTransformers("embeddings")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private AzureOpenAiTextEmbedder.Builder embedder() {
        return AzureOpenAiTextEmbedder.builder().endpoint("https://localhost:" + server.httpsPort() + "/")
                .deployment("text-embedding-3-small").credential(new AzureKeyCredential(KEY))
                .httpClient(TrustingHttpClient.INSTANCE);
    }

    @Test
    void embedsInBatchesWithTheKeyAndKeepsTheOrder() {
        AzureOpenAiTextEmbedder embedder = embedder().batchSize(2).dimensions(256).build();
        List<String> texts = List.of("Java developer Spring Boot", "", "Infirmière en réanimation",
                "Senior Java developer with Spring", "Comptable fournisseurs");
        List<float[]> vectors = embedder.embedAll(texts);

        assertEquals(5, vectors.size());
        assertEquals(256, embedder.dimension());
        vectors.forEach(v -> assertEquals(256, v.length));
        assertArrayEquals(new float[256], vectors.get(1), "an empty text is the zero vector");
        assertTrue(TextEmbedder.cosine(vectors.get(0), vectors.get(3)) > 0.5);
        assertTrue(TextEmbedder.cosine(vectors.get(0), vectors.get(2)) < 0.2);
        assertArrayEquals(vectors.get(0), embedder.embed("Java developer Spring Boot"));
        // 4 non-empty texts in batches of 2, then one single text
        server.verify(3, postRequestedFor(urlPathEqualTo(PATH)).withHeader("api-key", equalTo(KEY))
                .withQueryParam("api-version", equalTo(AzureOpenAiTextEmbedder.DEFAULT_API_VERSION)));
        assertEquals("azure-openai:text-embedding-3-small", embedder.name());
    }

    @Test
    void longTextsAreCutAndWrongDimensionsAreExplained() throws IOException {
        AzureOpenAiTextEmbedder embedder = embedder().maxInputCharacters(100).build();
        embedder.embed("Java ".repeat(1_000));
        String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertEquals(100, JSON.readTree(sent).path("input").get(0).asText().length());
        assertTrue(JSON.readTree(sent).path("dimensions").isMissingNode(), "no dimensions unless configured");

        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"index\":0,\"embedding\":[0.1,0.2,0.3]}]}")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> embedder.embed("Java"));
        assertTrue(e.getMessage().contains("dimensions(3)"), e.getMessage());
    }

    @Test
    void throttlingIsRetriedAndOtherErrorsAreTheSdks() {
        server.stubFor(post(urlPathEqualTo(PATH)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody("{\"error\":{\"code\":\"429\",\"message\":\"Rate limit reached\"}}"))
                .willSetStateTo("ok"));
        server.stubFor(post(urlPathEqualTo(PATH)).inScenario("throttled").whenScenarioStateIs("ok")
                .willReturn(aResponse().withTransformers("embeddings")));
        assertEquals(1536, embedder().build().embed("Kubernetes").length);

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription "
                        + "key.\"}}")));
        HttpResponseException e = assertThrows(HttpResponseException.class, () -> embedder().build().embed("Java"));
        assertEquals(401, e.getResponse().getStatusCode());
        assertTrue(e.getMessage().contains("Access denied"), e.getMessage());
    }

    @Test
    void entraIdSendsABearerTokenForTheCognitiveServicesScopeAndErrorsHoldNoSecret() {
        List<List<String>> scopes = new java.util.concurrent.CopyOnWriteArrayList<>();
        TokenCredential entraId = request -> {
            scopes.add(request.getScopes());
            return Mono.just(new AccessToken("entra-token", OffsetDateTime.now().plusHours(1)));
        };
        AzureOpenAiTextEmbedder embedder = AzureOpenAiTextEmbedder.builder()
                .endpoint("https://localhost:" + server.httpsPort()).deployment("text-embedding-3-small")
                .credential(entraId).httpClient(TrustingHttpClient.INSTANCE).build();
        embedder.embed("Java");
        embedder.embed("Kotlin");
        server.verify(2, postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer entra-token")));
        assertEquals(List.of(List.of("https://cognitiveservices.azure.com/.default")), scopes,
                "one token for the Cognitive Services scope, cached for the second call");

        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"PermissionDenied\",\"message\":\"Principal does not have access\"}}")));
        HttpResponseException denied = assertThrows(HttpResponseException.class, () -> embedder.embed("Go"));
        assertEquals(403, denied.getResponse().getStatusCode());
        assertTrue(denied.getMessage().contains("Principal does not have access"), denied.getMessage());
        HttpResponseException badKey = assertThrows(HttpResponseException.class,
                () -> embedder().maxRetries(0).build().embed("Go"));
        for (Throwable t : List.of(denied, badKey, badKey.getSuppressed().length > 0 ? badKey.getSuppressed()[0]
                : badKey)) {
            assertTrue(!String.valueOf(t.getMessage()).contains(KEY) && !t.toString().contains("entra-token"),
                    t.toString());
        }
    }

    @Test
    void matchingExplainsSimilarityFromTheAzureEmbeddings() {
        JobMatcher matcher = JobMatcher.builder().embedder(embedder().dimensions(512).build()).build();
        JobRequirements job = JobDescriptionParser.builder().build().parseText(String.join("\n",
                "Développeur Java Spring Boot (H/F)", "Lyon",
                "Compétences requises : Java, Spring Boot, PostgreSQL, Docker", "Expérience : 3 ans minimum"));
        ParsedCv cv = CvParser.builder().build().parse(SampleDocuments.plainText(StandardCharsets.UTF_8)
                .render(SampleCvs.camilleMartin()));

        MatchResult result = matcher.match(cv, job);

        ScoreComponent similarity = result.breakdown().stream().filter(c -> c.name().equals("similarity"))
                .findFirst().orElseThrow();
        assertTrue(similarity.applicable() && similarity.score() > 0, similarity.toString());
        assertTrue(similarity.explanation().contains("azure-openai:text-embedding-3-small"), similarity.explanation());
        assertEquals(2, server.getAllServeEvents().size(), "the CV and the job were embedded by the service");
    }
}
