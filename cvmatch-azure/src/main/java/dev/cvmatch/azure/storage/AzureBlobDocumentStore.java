package dev.cvmatch.azure.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.rest.Response;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;
import com.azure.storage.blob.models.BlobDownloadContentResponse;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.cvmatch.internal.store.Hashes;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.store.StoredDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A {@link DocumentStore} in Azure Blob Storage: one private container (default {@code cv-files}), one block blob per
 * document named {@code <SHA-256 of the owner>/<random key>}, so that a blob name reveals no owner and no file name,
 * and an owner can only ever address its own prefix. Each blob carries its content type and MD5: the MD5 is checked
 * by the service on upload (transactional MD5) and by this store on download, so a damaged blob is reported, never
 * returned. The original file name is kept, percent-encoded, in the blob's metadata. The store never hands out a
 * URL and never creates a public container.
 *
 * <pre>{@code
 * DocumentStore documents = AzureBlobDocumentStore.builder()
 *         .endpoint("https://myaccount.blob.core.windows.net")
 *         .credential(new DefaultAzureCredentialBuilder().build())      // Managed Identity in Azure
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AzureBlobDocumentStore implements DocumentStore {

    /** The default container, as in the reference architecture. */
    public static final String DEFAULT_CONTAINER = "cv-files";

    private static final Pattern KEY = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final BlobContainerClient container;
    private final Duration timeout;
    private final Clock clock;

    private AzureBlobDocumentStore(BlobContainerClient container, Duration timeout, Clock clock) {
        this.container = container;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Starts configuring a store.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public StoredDocument put(String owner, String fileName, String contentType, byte[] content) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        String key = UUID.randomUUID().toString();
        BlobClient blob = container.getBlobClient(blobName(owner, key));
        BlobParallelUploadOptions options = new BlobParallelUploadOptions(BinaryData.fromBytes(content))
                .setHeaders(new BlobHttpHeaders().setContentType(contentType).setContentMd5(md5(content)))
                .setMetadata(Map.of("filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*"))
                .setComputeMd5(true);
        try {
            blob.uploadWithResponse(options, timeout, Context.NONE);
        } catch (RuntimeException e) {
            throw failure("upload a document to container " + container.getBlobContainerName(), e);
        }
        return new StoredDocument(owner, key, fileName, contentType, content.length, Hashes.sha256(content),
                clock.instant());
    }

    @Override
    public Optional<byte[]> get(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        BlobClient blob = container.getBlobClient(blobName(owner, key));
        BlobDownloadContentResponse response;
        try {
            response = blob.downloadContentWithResponse(null, null, timeout, Context.NONE);
        } catch (RuntimeException e) {
            BlobStorageException service = StorageErrors.find(e, BlobStorageException.class);
            if (service != null && (BlobErrorCode.BLOB_NOT_FOUND.equals(service.getErrorCode())
                    || service.getStatusCode() == 404)) {
                return Optional.empty();
            }
            throw failure("download a document", e);
        }
        byte[] content = response.getValue().toBytes();
        byte[] expected = response.getDeserializedHeaders().getContentMd5();
        if (expected != null && !Arrays.equals(expected, md5(content))) {
            throw new StoreException("the stored document " + key + " is damaged: its MD5 does not match");
        }
        return Optional.of(content);
    }

    @Override
    public boolean delete(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            return false;
        }
        try {
            Response<Boolean> response = container.getBlobClient(blobName(owner, key))
                    .deleteIfExistsWithResponse(null, null, timeout, Context.NONE);
            return response.getValue();
        } catch (RuntimeException e) {
            throw failure("delete a document", e);
        }
    }

    /**
     * Checks that the service answers and the container exists (for health checks).
     *
     * @param timeout how long to wait, retries included
     * @throws StoreException if the service cannot be reached in time or the container is missing
     */
    public void checkConnection(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        boolean exists;
        try {
            exists = container.existsWithResponse(timeout, Context.NONE).getValue();
        } catch (RuntimeException e) {
            throw failure("reach container " + container.getBlobContainerName(), e);
        }
        if (!exists) {
            throw new StoreException("the container " + container.getBlobContainerName() + " does not exist");
        }
    }

    /**
     * The container documents are kept in.
     *
     * @return its name
     */
    public String containerName() {
        return container.getBlobContainerName();
    }

    private static StoreException failure(String what, RuntimeException e) {
        BlobStorageException service = StorageErrors.find(e, BlobStorageException.class);
        return service != null
                ? new StoreException("could not " + what + ": " + service.getErrorCode(), service)
                : new StoreException("could not " + what + ": " + e.getMessage(), e);
    }

    static String blobName(String owner, String key) {
        return Hashes.sha256(owner) + "/" + key;
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    /**
     * Configures an {@link AzureBlobDocumentStore}: a container client, or a connection string, or an endpoint and
     * a credential.
     */
    public static final class Builder {
        private BlobContainerClient containerClient;
        private String connectionString;
        private String endpoint;
        private TokenCredential tokenCredential;
        private StorageSharedKeyCredential keyCredential;
        private String containerName = DEFAULT_CONTAINER;
        private boolean createContainer = true;
        private Duration timeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Uses a container client you built; the connection settings and the container name are then ignored.
         *
         * @param client the container client
         * @return this builder
         */
        public Builder containerClient(BlobContainerClient client) {
            this.containerClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Connects with a storage account connection string (account key or SAS).
         *
         * @param connectionString the connection string
         * @return this builder
         */
        public Builder connectionString(String connectionString) {
            this.connectionString = Objects.requireNonNull(connectionString, "connectionString");
            return this;
        }

        /**
         * The Blob service endpoint, e.g. {@code https://myaccount.blob.core.windows.net}; with a credential.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * Authenticates with Microsoft Entra ID (Managed Identity, {@code DefaultAzureCredential}); the identity
         * needs the Storage Blob Data Contributor role on the container.
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
         * Authenticates with the account name and key.
         *
         * @param credential the shared key
         * @return this builder
         */
        public Builder credential(StorageSharedKeyCredential credential) {
            this.keyCredential = Objects.requireNonNull(credential, "credential");
            this.tokenCredential = null;
            return this;
        }

        /**
         * The container (default {@value AzureBlobDocumentStore#DEFAULT_CONTAINER}).
         *
         * @param name the container name
         * @return this builder
         */
        public Builder containerName(String name) {
            this.containerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether {@link #build()} creates the container, private, when it does not exist (default true). Switch
         * it off when the identity may not create containers.
         *
         * @param create whether to create it
         * @return this builder
         */
        public Builder createContainerIfMissing(boolean create) {
            this.createContainer = create;
            return this;
        }

        /**
         * How long one call may take (default 60 s).
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The clock of {@link StoredDocument#storedAt()} (default: the system's, UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the store, creating the container unless told not to.
         *
         * @return the store
         * @throws IllegalStateException if neither a client, a connection string nor an endpoint with a credential
         *     was given, or both a connection string and an endpoint
         * @throws StoreException if the container cannot be created
         */
        public AzureBlobDocumentStore build() {
            BlobContainerClient client = containerClient;
            if (client == null) {
                if (connectionString != null && endpoint != null) {
                    throw new IllegalStateException("give a connection string or an endpoint, not both");
                }
                BlobContainerClientBuilder b = new BlobContainerClientBuilder().containerName(containerName);
                if (connectionString != null) {
                    b.connectionString(connectionString);
                } else if (endpoint != null && tokenCredential != null) {
                    b.endpoint(endpoint).credential(tokenCredential);
                } else if (endpoint != null && keyCredential != null) {
                    b.endpoint(endpoint).credential(keyCredential);
                } else {
                    throw new IllegalStateException("give a BlobContainerClient, a connection string, or an endpoint "
                            + "and a credential");
                }
                client = b.buildClient();
            }
            if (createContainer) {
                try {
                    client.createIfNotExists();
                } catch (RuntimeException e) {
                    throw new StoreException("could not create the container " + client.getBlobContainerName()
                            + ": " + e.getMessage(), e);
                }
            }
            return new AzureBlobDocumentStore(client, timeout, clock);
        }
    }
}
