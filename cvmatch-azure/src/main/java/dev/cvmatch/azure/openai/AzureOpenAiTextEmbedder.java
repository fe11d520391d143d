package dev.cvmatch.azure.openai;

import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.SimpleTokenCache;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
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
import dev.cvmatch.embedding.TextEmbedder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@link TextEmbedder} backed by an Azure OpenAI embeddings deployment ({@code text-embedding-3-small},
 * {@code text-embedding-3-large}, {@code text-embedding-ada-002}), for the semantic-similarity part of matching:
 *
 * <pre>{@code
 * TextEmbedder azure = AzureOpenAiTextEmbedder.builder()
 *         .endpoint("https://my-resource.openai.azure.com/")
 *         .deployment("text-embedding-3-small")
 *         .credential(new AzureKeyCredential(System.getenv("AZURE_OPENAI_KEY")))
 *         .build();
 * JobMatcher matcher = JobMatcher.builder().embedder(new CachingTextEmbedder(azure, 10_000)).build();
 * }</pre>
 *
 * <p>Calls {@code POST {endpoint}/openai/deployments/{deployment}/embeddings} (REST API version
 * {@value #DEFAULT_API_VERSION} by default) with the OpenAI Java SDK ({@code com.openai:openai-java-core}, the SDK
 * Microsoft's migration guide for the retired {@code azure-ai-openai} points to): it builds the request, reads the
 * answer and retries throttling (429, the service's {@code Retry-After} or {@code retry-after-ms} honoured up to a
 * minute), timeouts (408), conflicts (409), server errors and connection failures with exponential back-off. The
 * SDK's requests travel over an azure-core {@code HttpPipeline} on the {@link Builder#httpClient(HttpClient)
 * HttpClient} you choose (the Azure SDK's default Netty client otherwise), so proxies, TLS and the HTTP stack are
 * configured as for the other cvmatch-azure adapters; OkHttp is not used. Authentication: a key (the {@code api-key}
 * header) or Microsoft Entra ID (a bearer token for {@code https://cognitiveservices.azure.com/.default}, cached and
 * renewed by azure-core). {@link #embedAll(List)} sends batches of {@link Builder#batchSize(int)} texts. A text
 * longer than {@link Builder#maxInputCharacters(int)} is cut there (the models read at most 8,191 tokens); an empty
 * text is the zero vector, without a call. Service errors, after the retries, are the Azure SDK's
 * {@link HttpResponseException} (status, headers and the service's error body; the SDK's own exception is attached
 * as suppressed); the key never appears in one. The SDK's request logging is off and its telemetry headers are not
 * sent: texts are CV and job contents, and nothing of them is logged.
 *
 * <p>Unlike the embedded default, this embedder sends the texts to your Azure resource. Thread-safe.
 */
public final class AzureOpenAiTextEmbedder implements TextEmbedder {

    /** The REST API version used unless {@link Builder#apiVersion(String)} says otherwise. */
    public static final String DEFAULT_API_VERSION = "2024-10-21";
    /** The vector length assumed unless {@link Builder#dimensions(int)} says otherwise (text-embedding-3-small). */
    public static final int DEFAULT_DIMENSIONS = 1536;

    private static final String SCOPE = "https://cognitiveservices.azure.com/.default";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAIClient client;
    private final String url;
    private final String deployment;
    private final int dimensions;
    private final boolean sendDimensions;
    private final int batchSize;
    private final int maxInputCharacters;

    private AzureOpenAiTextEmbedder(Builder b) {
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
        this.dimensions = b.dimensions == 0 ? DEFAULT_DIMENSIONS : b.dimensions;
        this.sendDimensions = b.dimensions != 0;
        this.batchSize = b.batchSize;
        this.maxInputCharacters = b.maxInputCharacters;
    }

    /** Tokens for the Cognitive Services scope, cached and renewed before they expire by azure-core. */
    private static Supplier<String> entraIdTokens(TokenCredential credential) {
        TokenRequestContext scope = new TokenRequestContext().addScopes(SCOPE);
        SimpleTokenCache cache = new SimpleTokenCache(() -> credential.getToken(scope));
        return () -> cache.getToken().block().getToken();
    }

    /**
     * Starts configuring an embedder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(Objects.requireNonNull(text, "text"))).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> batch = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = Objects.requireNonNull(texts.get(i), "texts must not hold null");
            out.add(new float[dimensions]);
            if (text.isBlank()) {
                continue; // the service refuses empty input; an empty text is like nothing
            }
            batch.add(text.length() > maxInputCharacters ? text.substring(0, maxInputCharacters) : text);
            slots.add(i);
            if (batch.size() == batchSize) {
                send(batch, slots, out);
                batch.clear();
                slots.clear();
            }
        }
        if (!batch.isEmpty()) {
            send(batch, slots, out);
        }
        return out;
    }

    private void send(List<String> batch, List<Integer> slots, List<float[]> out) {
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

    @Override
    public int dimension() {
        return dimensions;
    }

    @Override
    public String name() {
        return "azure-openai:" + deployment;
    }

    /** Configures an {@link AzureOpenAiTextEmbedder}: endpoint, deployment and a credential are required. */
    public static final class Builder {
        private String endpoint;
        private String deployment;
        private KeyCredential keyCredential;
        private TokenCredential tokenCredential;
        private HttpClient httpClient;
        private String apiVersion = DEFAULT_API_VERSION;
        private int dimensions;
        private int batchSize = 64;
        private int maxInputCharacters = 24_000;
        private int maxRetries = 3;

        private Builder() {
        }

        /**
         * The resource endpoint, e.g. {@code https://my-resource.openai.azure.com/}.
         *
         * @param resourceEndpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(String resourceEndpoint) {
            this.endpoint = Objects.requireNonNull(resourceEndpoint, "resourceEndpoint");
            return this;
        }

        /**
         * The name of the embeddings deployment.
         *
         * @param name the deployment name
         * @return this builder
         */
        public Builder deployment(String name) {
            this.deployment = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Authenticates with a key ({@code AzureKeyCredential}), sent as the {@code api-key} header. The key is read
         * when {@link #build()} is called: after a rotation ({@code AzureKeyCredential.update}), build a new embedder.
         *
         * @param credential the key
         * @return this builder
         */
        public Builder credential(KeyCredential credential) {
            this.keyCredential = Objects.requireNonNull(credential, "credential");
            this.tokenCredential = null;
            return this;
        }

        /**
         * Authenticates with Microsoft Entra ID (e.g. {@code DefaultAzureCredential} from azure-identity).
         *
         * @param credential the token credential
         * @return this builder
         */
        public Builder credential(TokenCredential credential) {
            this.tokenCredential = Objects.requireNonNull(credential, "credential");
            this.keyCredential = null;
            return this;
        }

        /**
         * The HTTP client (a proxy, custom TLS) that carries the OpenAI SDK's requests; by default the Azure SDK's
         * default client.
         *
         * @param client the HTTP client
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * The REST API version (default {@value AzureOpenAiTextEmbedder#DEFAULT_API_VERSION}).
         *
         * @param version the version
         * @return this builder
         */
        public Builder apiVersion(String version) {
            this.apiVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * The vector length. When set it is also sent to the service, which shortens text-embedding-3 vectors to
         * it; when not, vectors must have {@value AzureOpenAiTextEmbedder#DEFAULT_DIMENSIONS} dimensions (3072 for
         * text-embedding-3-large: set it).
         *
         * @param length the dimension, positive
         * @return this builder
         */
        public Builder dimensions(int length) {
            if (length <= 0) {
                throw new IllegalArgumentException("dimensions must be positive: " + length);
            }
            this.dimensions = length;
            return this;
        }

        /**
         * Texts per request in {@link AzureOpenAiTextEmbedder#embedAll(List)} (default 64; the service accepts up
         * to 2,048).
         *
         * @param size the batch size, 1 to 2,048
         * @return this builder
         */
        public Builder batchSize(int size) {
            if (size < 1 || size > 2048) {
                throw new IllegalArgumentException("batchSize must be 1 to 2048: " + size);
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Characters of a text sent at most (default 24,000, about 6,000 tokens of CV text; the models read at most
         * 8,191 tokens).
         *
         * @param characters the limit, positive
         * @return this builder
         */
        public Builder maxInputCharacters(int characters) {
            if (characters <= 0) {
                throw new IllegalArgumentException("maxInputCharacters must be positive: " + characters);
            }
            this.maxInputCharacters = characters;
            return this;
        }

        /**
         * Retries of a throttled or failed call (default 3), by the OpenAI SDK: after the service's
         * {@code Retry-After} when it asks for at most a minute, otherwise after 0.5 s, 1 s, 2 s ... (at most 8 s,
         * with jitter).
         *
         * @param retries the number of retries, 0 or more
         * @return this builder
         */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * Builds the embedder.
         *
         * @return the embedder
         * @throws IllegalStateException if the endpoint, the deployment or the credential is missing
         */
        public AzureOpenAiTextEmbedder build() {
            if (endpoint == null || deployment == null || keyCredential == null && tokenCredential == null) {
                throw new IllegalStateException("An endpoint, a deployment and a credential are required");
            }
            return new AzureOpenAiTextEmbedder(this);
        }
    }
}
