package dev.cvmatch.functions;

import dev.cvmatch.azure.cosmos.CosmosAnalysisStore;
import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Functions app's configuration, read from its application settings (environment variables). Managed Identity
 * is the default: endpoints only, and {@code AZURE_CLIENT_ID} names the user-assigned identity. Keys are a fallback
 * for development or for accounts that cannot use Entra ID; on Azure they belong in Key Vault, as
 * {@code @Microsoft.KeyVault(SecretUri=...)} references, never as values.
 *
 * <table>
 *   <caption>Application settings</caption>
 *   <tr><th>Setting</th><th>Meaning</th></tr>
 *   <tr><td>{@code CVMATCH_QUEUE_NAME}</td><td>the analysis queue (default {@code cv-analysis-queue}); the trigger
 *       reads {@code %CVMATCH_QUEUE_NAME%} and the poison queue is {@code %CVMATCH_QUEUE_NAME%-poison}</td></tr>
 *   <tr><td>{@code CVMATCH_QUEUE__queueServiceUri}, {@code CVMATCH_QUEUE__credential},
 *       {@code CVMATCH_QUEUE__clientId}</td><td>the trigger's identity-based connection (read by the host, not by
 *       this class); or {@code CVMATCH_QUEUE} as a connection string</td></tr>
 *   <tr><td>{@code CVMATCH_BLOB_ENDPOINT}</td><td>the Blob service, e.g.
 *       {@code https://account.blob.core.windows.net/}</td></tr>
 *   <tr><td>{@code CVMATCH_STORAGE_CONNECTION_STRING}</td><td>fallback to the endpoint: a connection string</td></tr>
 *   <tr><td>{@code CVMATCH_BLOB_CONTAINER}</td><td>the container of uploaded CVs (default {@code cv-files})</td></tr>
 *   <tr><td>{@code CVMATCH_COSMOS_ENDPOINT}</td><td>the Cosmos DB account endpoint (required)</td></tr>
 *   <tr><td>{@code CVMATCH_COSMOS_KEY}</td><td>fallback: the account key</td></tr>
 *   <tr><td>{@code CVMATCH_COSMOS_DATABASE}, {@code CVMATCH_COSMOS_CONTAINER}</td><td>default
 *       {@code cv-analysis-db} / {@code analyses}</td></tr>
 *   <tr><td>{@code CVMATCH_COSMOS_GATEWAY_MODE}</td><td>{@code true} for gateway mode (emulators, restrictive
 *       networks); default direct mode</td></tr>
 *   <tr><td>{@code CVMATCH_DOCUMENT_INTELLIGENCE_ENDPOINT}</td><td>optional: scans are read by Azure AI Document
 *       Intelligence ({@code prebuilt-read}); without it, by Tesseract when installed, else refused as needing
 *       OCR</td></tr>
 *   <tr><td>{@code CVMATCH_DOCUMENT_INTELLIGENCE_KEY}</td><td>fallback: the resource key</td></tr>
 *   <tr><td>{@code CVMATCH_MAX_DELIVERIES}</td><td>deliveries before giving up; keep it equal to
 *       {@code extensions.queues.maxDequeueCount} of {@code host.json} (5)</td></tr>
 *   <tr><td>{@code AZURE_CLIENT_ID}</td><td>the client id of the user-assigned managed identity</td></tr>
 * </table>
 *
 * @param blobEndpoint the Blob service endpoint, if set
 * @param storageConnectionString the storage connection string, if set (fallback)
 * @param blobContainer the container of uploaded CVs
 * @param cosmosEndpoint the Cosmos DB endpoint
 * @param cosmosKey the Cosmos DB key, if set (fallback)
 * @param cosmosDatabase the database
 * @param cosmosContainer the container
 * @param cosmosGatewayMode whether to use gateway mode
 * @param documentIntelligenceEndpoint the Document Intelligence endpoint, if set
 * @param documentIntelligenceKey the Document Intelligence key, if set (fallback)
 * @param managedIdentityClientId the client id of the user-assigned identity, if set
 * @param maxDeliveries deliveries before a message is given up
 */
record FunctionSettings(Optional<String> blobEndpoint, Optional<String> storageConnectionString, String blobContainer,
        String cosmosEndpoint, Optional<String> cosmosKey, String cosmosDatabase, String cosmosContainer,
        boolean cosmosGatewayMode, Optional<String> documentIntelligenceEndpoint,
        Optional<String> documentIntelligenceKey, Optional<String> managedIdentityClientId, int maxDeliveries) {

    /** The default of {@code CVMATCH_MAX_DELIVERIES}, equal to {@code maxDequeueCount} in {@code host.json}. */
    static final int DEFAULT_MAX_DELIVERIES = 5;

    FunctionSettings {
        Objects.requireNonNull(cosmosEndpoint, "cosmosEndpoint");
        if (blobEndpoint.isEmpty() && storageConnectionString.isEmpty()) {
            throw new IllegalStateException("set CVMATCH_BLOB_ENDPOINT (with a managed identity) or "
                    + "CVMATCH_STORAGE_CONNECTION_STRING");
        }
        if (maxDeliveries < 1) {
            throw new IllegalStateException("CVMATCH_MAX_DELIVERIES must be at least 1: " + maxDeliveries);
        }
    }

    /**
     * Reads the settings.
     *
     * @param environment the application settings, e.g. {@link System#getenv()}
     * @return the settings
     * @throws IllegalStateException if a required setting is missing or a value is invalid, naming the setting
     */
    static FunctionSettings from(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String cosmos = value(environment, "CVMATCH_COSMOS_ENDPOINT").orElseThrow(() -> new IllegalStateException(
                "set CVMATCH_COSMOS_ENDPOINT, the Cosmos DB account endpoint (https://ACCOUNT.documents.azure.com:443/)"));
        int maxDeliveries;
        String deliveries = value(environment, "CVMATCH_MAX_DELIVERIES").orElse(null);
        try {
            maxDeliveries = deliveries == null ? DEFAULT_MAX_DELIVERIES : Integer.parseInt(deliveries);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("CVMATCH_MAX_DELIVERIES is not a number: " + deliveries, e);
        }
        return new FunctionSettings(value(environment, "CVMATCH_BLOB_ENDPOINT"),
                value(environment, "CVMATCH_STORAGE_CONNECTION_STRING"),
                value(environment, "CVMATCH_BLOB_CONTAINER").orElse(AzureBlobDocumentStore.DEFAULT_CONTAINER),
                cosmos, value(environment, "CVMATCH_COSMOS_KEY"),
                value(environment, "CVMATCH_COSMOS_DATABASE").orElse(CosmosAnalysisStore.DEFAULT_DATABASE),
                value(environment, "CVMATCH_COSMOS_CONTAINER").orElse(CosmosAnalysisStore.DEFAULT_CONTAINER),
                value(environment, "CVMATCH_COSMOS_GATEWAY_MODE").map(Boolean::parseBoolean).orElse(false),
                value(environment, "CVMATCH_DOCUMENT_INTELLIGENCE_ENDPOINT"),
                value(environment, "CVMATCH_DOCUMENT_INTELLIGENCE_KEY"),
                value(environment, "AZURE_CLIENT_ID"), maxDeliveries);
    }

    /** Whether a connection authenticates with Entra ID (the managed identity) rather than a key. */
    boolean needsTokenCredential() {
        return storageConnectionString.isEmpty() || cosmosKey.isEmpty()
                || documentIntelligenceEndpoint.isPresent() && documentIntelligenceKey.isEmpty();
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
