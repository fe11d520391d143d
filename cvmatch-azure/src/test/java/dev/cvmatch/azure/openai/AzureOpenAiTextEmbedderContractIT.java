package dev.cvmatch.azure.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.azure.core.credential.AzureKeyCredential;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.cvmatch.azure.testing.TrustingHttpClient;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.testing.TextEmbedderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link AzureOpenAiTextEmbedder} against the contract every cvmatch embedder meets, through the local service. */
class AzureOpenAiTextEmbedderContractIT extends TextEmbedderContract {

    private static WireMockServer server;
    private static TextEmbedder embedder;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
                .extensions(new AzureOpenAiTextEmbedderIT.EmbeddingsService()));
        server.start();
        server.stubFor(post(urlPathEqualTo("/openai/deployments/text-embedding-3-small/embeddings"))
                .willReturn(aResponse().withTransformers("embeddings")));
        embedder = AzureOpenAiTextEmbedder.builder().endpoint("https://localhost:" + server.httpsPort())
                .deployment("text-embedding-3-small").credential(new AzureKeyCredential("contract-key"))
                .httpClient(TrustingHttpClient.INSTANCE).dimensions(512).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Override
    protected TextEmbedder embedder() {
        return embedder;
    }
}
