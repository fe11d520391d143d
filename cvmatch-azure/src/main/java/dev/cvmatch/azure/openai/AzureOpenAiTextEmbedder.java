package dev.cvmatch.azure.openai;

import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.KeyCredentialPolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.embedding.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * {@value #DEFAULT_API_VERSION} by default) through an Azure SDK HTTP pipeline: key ({@code api-key} header) or
 * Microsoft Entra ID authentication, retries with exponential back-off on throttling (429) and server errors, the
 * service's {@code Retry-After} respected. {@link #embedAll(List)} sends batches of {@link Builder#batchSize(int)}
 * texts. A text longer than {@link Builder#maxInputCharacters(int)} is cut there (the models read at most 8,191
 * tokens); an empty text is the zero vector, without a call. Service errors propagate as the Azure SDK's
 * {@link HttpResponseException}. Texts are CV and job contents: nothing of them is logged.
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

    private final HttpPipeline pipeline;
    private final String url;
    private final String deployment;
    private final int dimensions;
    private final boolean sendDimensions;
    private final int batchSize;
    private final int maxInputCharacters;

    private AzureOpenAiTextEmbedder(Builder b) {
        List<HttpPipelinePolicy> policies = new ArrayList<>();
        policies.add(new UserAgentPolicy("cvmatch-azure"));
        policies.add(new RetryPolicy(new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(b.maxRetries)
                .setBaseDelay(Duration.ofMillis(800)).setMaxDelay(Duration.ofSeconds(30)))));
        policies.add(b.keyCredential != null ? new KeyCredentialPolicy("api-key", b.keyCredential)
                : new BearerTokenAuthenticationPolicy(b.tokenCredential, SCOPE));
        HttpPipelineBuilder pipelineBuilder = new HttpPipelineBuilder().policies(policies.toArray(
                new HttpPipelinePolicy[0]));
        if (b.httpClient != null) {
            pipelineBuilder.httpClient(b.httpClient);
        }
        this.pipeline = pipelineBuilder.build();
        String base = b.endpoint.endsWith("/") ? b.endpoint.substring(0, b.endpoint.length() - 1) : b.endpoint;
        this.url = base + "/openai/deployments/" + URLEncoder.encode(b.deployment, StandardCharsets.UTF_8)
                + "/embeddings?api-version=" + URLEncoder.encode(b.apiVersion, StandardCharsets.UTF_8);
        this.deployment = b.deployment;
        this.dimensions = b.dimensions == 0 ? DEFAULT_DIMENSIONS : b.dimensions;
        this.sendDimensions = b.dimensions != 0;
        this.batchSize = b.batchSize;
        this.maxInputCharacters = b.maxInputCharacters;
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
        ObjectNode body = JSON.createObjectNode();
        ArrayNode input = body.putArray("input");
        batch.forEach(input::add);
        if (sendDimensions) {
            body.put("dimensions", dimensions);
        }
        HttpRequest request = new HttpRequest(HttpMethod.POST, url)
                .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                .setBody(BinaryData.fromString(body.toString()));
        try (HttpResponse response = pipeline.sendSync(request, com.azure.core.util.Context.NONE)) {
            String text = response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() / 100 != 2) {
                throw new HttpResponseException("Azure OpenAI embeddings failed with status "
                        + response.getStatusCode() + ": " + serviceMessage(text), response, text);
            }
            JsonNode data = JSON.readTree(text).path("data");
            if (!data.isArray() || data.size() != batch.size()) {
                throw new IllegalStateException("Azure OpenAI returned " + data.size() + " embeddings for "
                        + batch.size() + " inputs");
            }
            for (JsonNode item : data) {
                int index = item.path("index").asInt(-1);
                JsonNode vector = item.path("embedding");
                if (index < 0 || index >= batch.size() || !vector.isArray()) {
                    throw new IllegalStateException("Azure OpenAI returned an embedding without index or vector");
                }
                if (vector.size() != dimensions) {
                    throw new IllegalStateException("Deployment " + deployment + " returned vectors of "
                            + vector.size() + " dimensions, not " + dimensions + ": set dimensions(" + vector.size()
                            + ") on the builder");
                }
                float[] v = out.get(slots.get(index));
                for (int k = 0; k < v.length; k++) {
                    v[k] = (float) vector.get(k).asDouble();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable answer from Azure OpenAI", e);
        }
    }

    private static String serviceMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            return message.isTextual() ? message.asText() : "no error message";
        } catch (IOException | RuntimeException e) {
            return "no error message";
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
         * Authenticates with a key ({@code AzureKeyCredential}), sent as the {@code api-key} header.
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
         * The HTTP client (a proxy, custom TLS); by default the Azure SDK's default client.
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
         * Retries of a throttled or failed call (default 3).
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
