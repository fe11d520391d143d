package dev.cvmatch.azure.cosmos;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CompositePath;
import com.azure.cosmos.models.CompositePathSortOrder;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.IndexingPolicy;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.internal.store.AnalysisCodec;
import dev.cvmatch.internal.store.PageTokens;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisPage;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.PageRequest;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.store.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link AnalysisStore} in Azure Cosmos DB for NoSQL: database {@code cv-analysis-db}, container
 * {@code analyses}, partition key {@code /user_id} (the owner), as in the reference architecture. An owner's
 * history is a single-partition query ({@code ORDER BY created_at_ms DESC, id DESC}, served by a composite index
 * the store declares when it creates the container), a read is a point read, and an update is a replace with
 * {@code If-Match} on the ETag of the version read, so two writers of one version cannot both succeed. Ids are
 * unique per owner (per partition), as Cosmos DB makes them.
 *
 * <p>An item is the analysis as JSON (the parsed CV, job and result as nested objects, the embedding base64) with
 * {@code user_id} and {@code created_at_ms} added for the partition and the ordering.
 *
 * <pre>{@code
 * AnalysisStore analyses = CosmosAnalysisStore.builder()
 *         .endpoint("https://myaccount.documents.azure.com:443/")
 *         .credential(new DefaultAzureCredentialBuilder().build())      // Managed Identity in Azure
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CosmosAnalysisStore implements AnalysisStore {

    /** The default database. */
    public static final String DEFAULT_DATABASE = "cv-analysis-db";
    /** The default container. */
    public static final String DEFAULT_CONTAINER = "analyses";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTITION = "user_id";
    private static final String CREATED = "created_at_ms";

    private final CosmosContainer container;

    private CosmosAnalysisStore(CosmosContainer container) {
        this.container = container;
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
    public Analysis create(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        if (analysis.version() != 0) {
            throw new IllegalArgumentException("a new analysis has version 0, not " + analysis.version());
        }
        Analysis stored = analysis.withVersion(1);
        try {
            container.createItem(item(stored), new PartitionKey(stored.owner()), new CosmosItemRequestOptions());
            return stored;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 409) {
                throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " exists");
            }
            throw failure("create analysis " + analysis.id(), e);
        }
    }

    @Override
    public Optional<Analysis> get(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        return read(owner, id).map(r -> analysis(r.getItem()));
    }

    private Optional<CosmosItemResponse<ObjectNode>> read(String owner, String id) {
        try {
            return Optional.of(container.readItem(id, new PartitionKey(owner), ObjectNode.class));
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw failure("read analysis " + id, e);
        }
    }

    @Override
    public Analysis update(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        CosmosItemResponse<ObjectNode> current = read(analysis.owner(), analysis.id()).orElseThrow(
                () -> new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " does not exist"));
        Analysis stored = analysis(current.getItem());
        if (stored.version() != analysis.version()) {
            throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " is at version "
                    + stored.version() + ", not " + analysis.version());
        }
        if (!stored.createdAt().equals(analysis.createdAt())) {
            throw new IllegalArgumentException("the creation time of an analysis does not change");
        }
        Analysis next = analysis.withVersion(analysis.version() + 1);
        try {
            container.replaceItem(item(next), next.id(), new PartitionKey(next.owner()),
                    new CosmosItemRequestOptions().setIfMatchETag(current.getETag()));
            return next;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 412 || e.getStatusCode() == 404) {
                throw new VersionConflictException(analysis.id(), "analysis " + analysis.id()
                        + " changed since version " + analysis.version() + " was read");
            }
            throw failure("update analysis " + analysis.id(), e);
        }
    }

    @Override
    public AnalysisPage list(String owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
        PageTokens.Position after = page.token() == null ? null : PageTokens.decode(page.token());
        List<SqlParameter> parameters = new ArrayList<>(List.of(new SqlParameter("@u", owner)));
        String where = "c." + PARTITION + " = @u";
        if (after != null) {
            where += " AND (c." + CREATED + " < @t OR (c." + CREATED + " = @t AND c.id < @id))";
            parameters.add(new SqlParameter("@t", after.createdAt().toEpochMilli()));
            parameters.add(new SqlParameter("@id", after.id()));
        }
        // page.size() is a validated int: safe to write into the query text
        SqlQuerySpec query = new SqlQuerySpec("SELECT TOP " + (page.size() + 1) + " * FROM c WHERE " + where
                + " ORDER BY c." + CREATED + " DESC, c.id DESC", parameters);
        CosmosQueryRequestOptions options = new CosmosQueryRequestOptions().setPartitionKey(new PartitionKey(owner));
        List<Analysis> items = new ArrayList<>();
        boolean more = false;
        try {
            for (ObjectNode node : container.queryItems(query, options, ObjectNode.class)) {
                if (items.size() == page.size()) {
                    more = true;
                    break;
                }
                items.add(analysis(node));
            }
        } catch (CosmosException e) {
            throw failure("list the analyses of an owner", e);
        }
        Analysis last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new AnalysisPage(items, more ? PageTokens.encode(last.createdAt(), last.id()) : null);
    }

    @Override
    public boolean delete(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        try {
            container.deleteItem(id, new PartitionKey(owner), new CosmosItemRequestOptions());
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw failure("delete analysis " + id, e);
        }
    }

    /**
     * Checks that the account answers and the container exists (for health checks).
     *
     * @throws StoreException if the container cannot be read
     */
    public void checkConnection() {
        try {
            container.read();
        } catch (CosmosException e) {
            throw failure("read container " + container.getId(), e);
        }
    }

    /**
     * The container analyses are kept in.
     *
     * @return its id
     */
    public String containerName() {
        return container.getId();
    }

    private static ObjectNode item(Analysis analysis) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(AnalysisCodec.toJson(analysis));
            node.put(PARTITION, analysis.owner());
            node.put(CREATED, analysis.createdAt().toEpochMilli());
            return node;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write analysis " + analysis.id() + " as an item", e);
        }
    }

    private static Analysis analysis(ObjectNode node) {
        return AnalysisCodec.analysis(node.toString());
    }

    private static StoreException failure(String what, CosmosException e) {
        return new StoreException("could not " + what + ": Cosmos DB answered " + e.getStatusCode()
                + (e.getSubStatusCode() != 0 ? "/" + e.getSubStatusCode() : ""), e);
    }

    /** Configures a {@link CosmosAnalysisStore}: a client, or an endpoint and a credential. */
    public static final class Builder {
        private CosmosClient client;
        private String endpoint;
        private AzureKeyCredential keyCredential;
        private TokenCredential tokenCredential;
        private String databaseName = DEFAULT_DATABASE;
        private String containerName = DEFAULT_CONTAINER;
        private boolean create = true;

        private Builder() {
        }

        /**
         * Uses a client you built (gateway or direct mode, preferred regions, a proxy); endpoint and credential are
         * then ignored.
         *
         * @param cosmosClient the client
         * @return this builder
         */
        public Builder client(CosmosClient cosmosClient) {
            this.client = Objects.requireNonNull(cosmosClient, "cosmosClient");
            return this;
        }

        /**
         * The account endpoint, e.g. {@code https://myaccount.documents.azure.com:443/}; with a credential.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * Authenticates with an account key.
         *
         * @param credential the key
         * @return this builder
         */
        public Builder credential(AzureKeyCredential credential) {
            this.keyCredential = Objects.requireNonNull(credential, "credential");
            this.tokenCredential = null;
            return this;
        }

        /**
         * Authenticates with Microsoft Entra ID (Managed Identity, {@code DefaultAzureCredential}); the identity
         * needs the Cosmos DB Built-in Data Contributor role, and the database and container must exist (data
         * plane roles cannot create them): build with {@code createIfMissing(false)}.
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
         * The database (default {@value CosmosAnalysisStore#DEFAULT_DATABASE}).
         *
         * @param name the database name
         * @return this builder
         */
        public Builder databaseName(String name) {
            this.databaseName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The container (default {@value CosmosAnalysisStore#DEFAULT_CONTAINER}).
         *
         * @param name the container name
         * @return this builder
         */
        public Builder containerName(String name) {
            this.containerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether {@link #build()} creates the database and the container (partition key {@code /user_id}, the
         * composite index of the history query) when missing (default true).
         *
         * @param createIfMissing whether to create them
         * @return this builder
         */
        public Builder createIfMissing(boolean createIfMissing) {
            this.create = createIfMissing;
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         * @throws IllegalStateException if neither a client nor an endpoint with a credential was given
         * @throws StoreException if the database or the container cannot be created
         */
        public CosmosAnalysisStore build() {
            CosmosClient c = client;
            if (c == null) {
                if (endpoint == null || keyCredential == null && tokenCredential == null) {
                    throw new IllegalStateException("give a CosmosClient, or an endpoint and a credential");
                }
                CosmosClientBuilder b = new CosmosClientBuilder().endpoint(endpoint);
                if (keyCredential != null) {
                    b.credential(keyCredential);
                } else {
                    b.credential(tokenCredential);
                }
                c = b.buildClient();
            }
            if (create) {
                try {
                    c.createDatabaseIfNotExists(databaseName);
                    CosmosContainerProperties properties = new CosmosContainerProperties(containerName,
                            "/" + PARTITION);
                    IndexingPolicy indexing = new IndexingPolicy();
                    indexing.setCompositeIndexes(List.of(List.of(
                            new CompositePath().setPath("/" + CREATED).setOrder(CompositePathSortOrder.DESCENDING),
                            new CompositePath().setPath("/id").setOrder(CompositePathSortOrder.DESCENDING))));
                    properties.setIndexingPolicy(indexing);
                    c.getDatabase(databaseName).createContainerIfNotExists(properties);
                } catch (CosmosException e) {
                    throw new StoreException("could not create the Cosmos DB database " + databaseName
                            + " or container " + containerName + ": " + e.getStatusCode(), e);
                }
            }
            return new CosmosAnalysisStore(c.getDatabase(databaseName).getContainer(containerName));
        }
    }
}
