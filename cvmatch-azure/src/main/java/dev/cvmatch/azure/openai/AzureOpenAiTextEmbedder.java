package dev.cvmatch.azure.openai;

import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import dev.cvmatch.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * {@link com.azure.core.exception.HttpResponseException} (status, headers and the service's error body; the SDK's own exception is attached
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

    private final Batches batches;
    private final String deployment;
    private final int dimensions;
    private final int batchSize;
    private final int maxInputCharacters;
    private AzureOpenAiTextEmbedder(Builder b) {
        this.deployment = b.deployment;
        this.dimensions = b.dimensions == 0 ? DEFAULT_DIMENSIONS : b.dimensions;
        this.batchSize = b.batchSize;
        this.maxInputCharacters = b.maxInputCharacters;
        this.batches = new OpenAiSdkBatches(b, dimensions);
    }

    /** Embeds one batch into its slots of the output (the SDK-facing part, {@link OpenAiSdkBatches}). */
    interface Batches {
        void send(List<String> batch, List<Integer> slots, List<float[]> out);
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
                batches.send(batch, slots, out);
                batch.clear();
                slots.clear();
            }
        }
        if (!batch.isEmpty()) {
            batches.send(batch, slots, out);
        }
        return out;
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
        String endpoint;
        String deployment;
        KeyCredential keyCredential;
        TokenCredential tokenCredential;
        HttpClient httpClient;
        String apiVersion = DEFAULT_API_VERSION;
        int dimensions;
        int batchSize = 64;
        int maxInputCharacters = 24_000;
        int maxRetries = 3;

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
            requireOpenAiSdk();
            return new AzureOpenAiTextEmbedder(this);
        }
    }

    /**
     * The OpenAI Java SDK is an optional dependency of cvmatch-azure (82 MB that Blob, Queue, Cosmos DB and Document
     * Intelligence users do not need): say which artifact to add rather than fail on a missing class.
     */
    static void requireOpenAiSdk() {
        try {
            Class.forName("com.openai.client.OpenAIClient", false, AzureOpenAiTextEmbedder.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("AzureOpenAiTextEmbedder needs the OpenAI Java SDK, an optional "
                    + "dependency of cvmatch-azure: add com.openai:openai-java-core 4.105.0 to your application", e);
        }
    }
}
