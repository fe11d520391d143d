package dev.cvmatch.azure.openai;

import com.azure.core.credential.SimpleTokenCache;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.LogLevel;
import com.openai.credential.BearerTokenCredential;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.Embedding;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The half of {@link AzureOpenAiTextEmbedder} that speaks to the service through the OpenAI Java SDK. Kept apart so
 * that the SDK, an optional dependency, is only loaded when an embedder is built with it on the classpath.
 */
final class OpenAiSdkBatches implements AzureOpenAiTextEmbedder.Batches {

    private static final String SCOPE = "https://cognitiveservices.azure.com/.default";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAIClient client;
    private final String url;
    private final String deployment;
    private final int dimensions;
    private final boolean sendDimensions;

    OpenAiSdkBatches(AzureOpenAiTextEmbedder.Builder b, int dimensions) {
        HttpPipelineBuilder pipeline = new HttpPipelineBuilder();
        if (b.httpClient != null) {
            pipeline.httpClient(b.httpClient);
        }
        String base = b.endpoint.endsWith("/") ? b.endpoint.substring(0, b.endpoint.length() - 1) : b.endpoint;
        this.client = new OpenAIClientImpl(ClientOptions.builder()
                .httpClient(new AzurePipelineTransport(pipeline.build()))
                .baseUrl(base)
                .azureUrlPathMode(AzureUrlPathMode.LEGACY)
                .azureServiceVersion(AzureOpenAIServiceVersion.fromString(b.apiVersion))
                .credential(b.keyCredential != null ? AzureApiKeyCredential.create(b.keyCredential.getKey())
                        : BearerTokenCredential.create(entraIdTokens(b.tokenCredential)))
                .maxRetries(b.maxRetries)
                .logLevel(LogLevel.OFF)
                .disableTelemetry(true)
                .build());
        this.url = base + "/openai/deployments/" + b.deployment + "/embeddings";
        this.deployment = b.deployment;
        this.dimensions = dimensions;
        this.sendDimensions = b.dimensions != 0;
    }

    /** Tokens for the Cognitive Services scope, cached and renewed before they expire by azure-core. */
    private static Supplier<String> entraIdTokens(TokenCredential credential) {
        TokenRequestContext scope = new TokenRequestContext().addScopes(SCOPE);
        SimpleTokenCache cache = new SimpleTokenCache(() -> credential.getToken(scope));
        return () -> cache.getToken().block().getToken();
    }

    @Override
    public void send(List<String> batch, List<Integer> slots, List<float[]> out) {
        EmbeddingCreateParams.Builder params = EmbeddingCreateParams.builder().model(deployment)
                .inputOfArrayOfStrings(batch).encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT);
        if (sendDimensions) {
            params.dimensions(dimensions);
        }
        CreateEmbeddingResponse response;
        try {
            response = client.embeddings().create(params.build());
        } catch (OpenAIServiceException e) {
            throw serviceError(e);
        }
        List<Embedding> data = response.data();
        if (data.size() != batch.size()) {
            throw new IllegalStateException("Azure OpenAI returned " + data.size() + " embeddings for "
                    + batch.size() + " inputs");
        }
        for (Embedding item : data) {
            long index = item.index();
            List<Float> vector = item.embedding();
            if (index < 0 || index >= batch.size()) {
                throw new IllegalStateException("Azure OpenAI returned an embedding without index or vector");
            }
            if (vector.size() != dimensions) {
                throw new IllegalStateException("Deployment " + deployment + " returned vectors of "
                        + vector.size() + " dimensions, not " + dimensions + ": set dimensions(" + vector.size()
                        + ") on the builder");
            }
            float[] v = out.get(slots.get((int) index));
            for (int k = 0; k < v.length; k++) {
                v[k] = vector.get(k);
            }
        }
    }

    private HttpResponseException serviceError(OpenAIServiceException e) {
        String body;
        try {
            body = JSON.writeValueAsString(e.body());
        } catch (IOException | RuntimeException notJson) {
            body = "";
        }
        HttpHeaders headers = new HttpHeaders();
        e.headers().names().forEach(name -> headers.set(HttpHeaderName.fromString(name), e.headers().values(name)));
        HttpResponse response = new ServiceAnswer(new HttpRequest(HttpMethod.POST, url), e.statusCode(), headers,
                body);
        HttpResponseException error = new HttpResponseException("Azure OpenAI embeddings failed with status "
                + e.statusCode() + ": " + serviceMessage(body), response, body);
        error.addSuppressed(e);
        return error;
    }

    private static String serviceMessage(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode message = root.path("error").path("message");
            if (!message.isTextual()) {
                message = root.path("message");
            }
            return message.isTextual() ? message.asText() : "no error message";
        } catch (IOException | RuntimeException e) {
            return "no error message";
        }
    }

    /** The service's error answer, as the Azure SDK's exceptions carry it. */
    private static final class ServiceAnswer extends HttpResponse {
        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;

        ServiceAnswer(HttpRequest request, int status, HttpHeaders headers, String body) {
            super(request);
            this.status = status;
            this.headers = headers;
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.just(ByteBuffer.wrap(body));
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just(body);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return Mono.just(new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just(new String(body, charset));
        }
    }
}
