package dev.cvmatch.azure.documentintelligence;

import com.azure.ai.documentintelligence.DocumentIntelligenceClient;
import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import dev.cvmatch.azure.documentintelligence.implementation.Analysis;
import java.time.Duration;
import java.util.Objects;

/**
 * The connection and analysis settings both Document Intelligence components take: a client, or an endpoint and a
 * credential (and an HTTP client); the model, a locale hint, the timeout and the poll interval.
 *
 * @param <B> the concrete builder
 */
abstract class DocumentIntelligenceBuilder<B extends DocumentIntelligenceBuilder<B>> {
    DocumentIntelligenceClient client;
    String endpoint;
    KeyCredential keyCredential;
    TokenCredential tokenCredential;
    HttpClient httpClient;
    String modelId;
    String locale;
    Duration timeout;
    Duration pollInterval;

    DocumentIntelligenceBuilder(String defaultModelId, Duration defaultTimeout, Duration defaultPollInterval) {
        this.modelId = defaultModelId;
        this.timeout = defaultTimeout;
        this.pollInterval = defaultPollInterval;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Uses a client you built; endpoint, credential and HTTP client are then ignored.
     *
     * @param documentIntelligenceClient the client
     * @return this builder
     */
    public B client(DocumentIntelligenceClient documentIntelligenceClient) {
        this.client = Objects.requireNonNull(documentIntelligenceClient, "documentIntelligenceClient");
        return self();
    }

    /**
     * The resource endpoint, e.g. {@code https://my-resource.cognitiveservices.azure.com/}.
     *
     * @param resourceEndpoint the endpoint
     * @return this builder
     */
    public B endpoint(String resourceEndpoint) {
        this.endpoint = Objects.requireNonNull(resourceEndpoint, "resourceEndpoint");
        return self();
    }

    /**
     * Authenticates with a key ({@code AzureKeyCredential}).
     *
     * @param credential the key
     * @return this builder
     */
    public B credential(KeyCredential credential) {
        this.keyCredential = Objects.requireNonNull(credential, "credential");
        this.tokenCredential = null;
        return self();
    }

    /**
     * Authenticates with Microsoft Entra ID (e.g. {@code DefaultAzureCredential} from azure-identity).
     *
     * @param credential the token credential
     * @return this builder
     */
    public B credential(TokenCredential credential) {
        this.tokenCredential = Objects.requireNonNull(credential, "credential");
        this.keyCredential = null;
        return self();
    }

    /**
     * The HTTP client for the client built from the endpoint and credential (a proxy, custom TLS); by default the
     * Azure SDK's default client.
     *
     * @param client the HTTP client
     * @return this builder
     */
    public B httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return self();
    }

    /**
     * The model ({@code prebuilt-layout} or {@code prebuilt-read}).
     *
     * @param id the model id
     * @return this builder
     */
    public B modelId(String id) {
        this.modelId = Objects.requireNonNull(id, "id");
        return self();
    }

    /**
     * A locale hint for OCR, e.g. {@code fr-FR}; by default the service detects the language.
     *
     * @param bcp47 the locale, or {@code null} to detect
     * @return this builder
     */
    public B locale(String bcp47) {
        this.locale = bcp47;
        return self();
    }

    /**
     * How long one analysis may take, queueing included.
     *
     * @param maximum the timeout, positive
     * @return this builder
     */
    public B timeout(Duration maximum) {
        if (maximum == null || maximum.isNegative() || maximum.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = maximum;
        return self();
    }

    /**
     * How often to ask whether an analysis is done, unless the service asks for a longer wait.
     *
     * @param interval the interval, positive
     * @return this builder
     */
    public B pollInterval(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        this.pollInterval = interval;
        return self();
    }

    /** The client to use: the one given, else one built from the endpoint and credential. */
    DocumentIntelligenceClient resolveClient() {
        if (client == null && (endpoint == null || keyCredential == null && tokenCredential == null)) {
            throw new IllegalStateException("Give a DocumentIntelligenceClient, or an endpoint and a credential");
        }
        return client != null ? client : Analysis.client(endpoint, keyCredential, tokenCredential, httpClient);
    }
}
