package dev.cvmatch.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stored analyses: where analyses, documents and queue messages live ({@code cvmatch.store.*},
 * {@code cvmatch.documents.*}, {@code cvmatch.queue.*}) and how the worker drains the queue
 * ({@code cvmatch.worker.*}).
 */
@ConfigurationProperties(prefix = "cvmatch")
public class CvMatchStoreProperties {

    /** Where analyses are kept. */
    private final Store store = new Store();
    /** Where the uploaded documents are kept. */
    private final Documents documents = new Documents();
    /** The queue between the service and the workers. */
    private final Queue queue = new Queue();
    /** The worker that drains the queue in this application. */
    private final Worker worker = new Worker();

    /** @return the analysis store settings */
    public Store getStore() {
        return store;
    }

    /** @return the document store settings */
    public Documents getDocuments() {
        return documents;
    }

    /** @return the queue settings */
    public Queue getQueue() {
        return queue;
    }

    /** @return the worker settings */
    public Worker getWorker() {
        return worker;
    }

    /** The analysis stores. */
    public enum StoreType {
        /** {@code InMemoryAnalysisStore}: lost when the application stops. */
        MEMORY,
        /** {@code JdbcAnalysisStore} on the application's {@code DataSource} (PostgreSQL or H2). */
        JDBC,
        /** {@code CosmosAnalysisStore} (needs cvmatch-azure). */
        COSMOS
    }

    /** The document stores. */
    public enum DocumentsType {
        /** {@code InMemoryDocumentStore}: lost when the application stops. */
        MEMORY,
        /** {@code FileSystemDocumentStore} in {@code cvmatch.documents.directory}. */
        FILE,
        /** {@code AzureBlobDocumentStore} (needs cvmatch-azure). */
        BLOB
    }

    /** The queues. */
    public enum QueueType {
        /** {@code InProcessAnalysisQueue}: the workers of this application only. */
        IN_PROCESS,
        /** {@code AzureQueueAnalysisQueue} (needs cvmatch-azure). */
        AZURE
    }

    /** {@code cvmatch.store.*}. */
    public static class Store {
        /** The analysis store; by default JDBC when the application has a DataSource, else memory. */
        private StoreType type;
        /** Whether the JDBC store applies its migration scripts (switch off when Flyway applies them). */
        private boolean migrate = true;
        /** Cosmos DB settings, for type cosmos. */
        private final Cosmos cosmos = new Cosmos();

        /** @return the type, or null for the default */
        public StoreType getType() {
            return type;
        }

        /** @param type the type */
        public void setType(StoreType type) {
            this.type = type;
        }

        /** @return whether the JDBC store migrates its schema */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate whether the JDBC store migrates its schema */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /** @return the Cosmos DB settings */
        public Cosmos getCosmos() {
            return cosmos;
        }
    }

    /** {@code cvmatch.store.cosmos.*}. */
    public static class Cosmos {
        /** The account endpoint, e.g. https://myaccount.documents.azure.com:443/. */
        private String endpoint;
        /** The account key; without it, the application's TokenCredential bean is used. */
        private String key;
        /** The database. */
        private String database = "cv-analysis-db";
        /** The container (partition key /user_id). */
        private String container = "analyses";
        /** Whether to create the database and container when missing. */
        private boolean createIfMissing = true;
        /** Whether to connect in gateway mode (HTTPS only) rather than direct mode. */
        private boolean gatewayMode;

        /** @return the endpoint */
        public String getEndpoint() {
            return endpoint;
        }

        /** @param endpoint the endpoint */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /** @return the key */
        public String getKey() {
            return key;
        }

        /** @param key the key */
        public void setKey(String key) {
            this.key = key;
        }

        /** @return the database */
        public String getDatabase() {
            return database;
        }

        /** @param database the database */
        public void setDatabase(String database) {
            this.database = database;
        }

        /** @return the container */
        public String getContainer() {
            return container;
        }

        /** @param container the container */
        public void setContainer(String container) {
            this.container = container;
        }

        /** @return whether to create the database and container */
        public boolean isCreateIfMissing() {
            return createIfMissing;
        }

        /** @param createIfMissing whether to create the database and container */
        public void setCreateIfMissing(boolean createIfMissing) {
            this.createIfMissing = createIfMissing;
        }

        /** @return whether to use gateway mode */
        public boolean isGatewayMode() {
            return gatewayMode;
        }

        /** @param gatewayMode whether to use gateway mode */
        public void setGatewayMode(boolean gatewayMode) {
            this.gatewayMode = gatewayMode;
        }
    }

    /** {@code cvmatch.documents.*}. */
    public static class Documents {
        /** The document store; by default file when a directory is set, else memory. */
        private DocumentsType type;
        /** The directory of the file store, e.g. /var/lib/myapp/cv-files. */
        private Path directory;
        /** Blob Storage settings, for type blob. */
        private final Blob blob = new Blob();

        /** @return the type, or null for the default */
        public DocumentsType getType() {
            return type;
        }

        /** @param type the type */
        public void setType(DocumentsType type) {
            this.type = type;
        }

        /** @return the directory */
        public Path getDirectory() {
            return directory;
        }

        /** @param directory the directory */
        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        /** @return the Blob Storage settings */
        public Blob getBlob() {
            return blob;
        }
    }

    /** {@code cvmatch.documents.blob.*}. */
    public static class Blob {
        /** A storage account connection string; or an endpoint with the TokenCredential bean. */
        private String connectionString;
        /** The Blob service endpoint, e.g. https://myaccount.blob.core.windows.net. */
        private String endpoint;
        /** The container. */
        private String container = "cv-files";
        /** Whether to create the container (private) when missing. */
        private boolean createIfMissing = true;

        /** @return the connection string */
        public String getConnectionString() {
            return connectionString;
        }

        /** @param connectionString the connection string */
        public void setConnectionString(String connectionString) {
            this.connectionString = connectionString;
        }

        /** @return the endpoint */
        public String getEndpoint() {
            return endpoint;
        }

        /** @param endpoint the endpoint */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /** @return the container */
        public String getContainer() {
            return container;
        }

        /** @param container the container */
        public void setContainer(String container) {
            this.container = container;
        }

        /** @return whether to create the container */
        public boolean isCreateIfMissing() {
            return createIfMissing;
        }

        /** @param createIfMissing whether to create the container */
        public void setCreateIfMissing(boolean createIfMissing) {
            this.createIfMissing = createIfMissing;
        }
    }

    /** {@code cvmatch.queue.*}. */
    public static class Queue {
        /** The queue. */
        private QueueType type = QueueType.IN_PROCESS;
        /** Queue Storage settings, for type azure. */
        private final AzureQueue azure = new AzureQueue();

        /** @return the type */
        public QueueType getType() {
            return type;
        }

        /** @param type the type */
        public void setType(QueueType type) {
            this.type = type;
        }

        /** @return the Queue Storage settings */
        public AzureQueue getAzure() {
            return azure;
        }
    }

    /** {@code cvmatch.queue.azure.*}. */
    public static class AzureQueue {
        /** A storage account connection string; or an endpoint with the TokenCredential bean. */
        private String connectionString;
        /** The Queue service endpoint, e.g. https://myaccount.queue.core.windows.net. */
        private String endpoint;
        /** The queue. */
        private String name = "cv-analysis-queue";
        /** The dead-letter queue; by default the queue's name followed by -poison. */
        private String deadLetterName;
        /** Whether to create the queues when missing. */
        private boolean createIfMissing = true;

        /** @return the connection string */
        public String getConnectionString() {
            return connectionString;
        }

        /** @param connectionString the connection string */
        public void setConnectionString(String connectionString) {
            this.connectionString = connectionString;
        }

        /** @return the endpoint */
        public String getEndpoint() {
            return endpoint;
        }

        /** @param endpoint the endpoint */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /** @return the queue name */
        public String getName() {
            return name;
        }

        /** @param name the queue name */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the dead-letter queue name, or null for the default */
        public String getDeadLetterName() {
            return deadLetterName;
        }

        /** @param deadLetterName the dead-letter queue name */
        public void setDeadLetterName(String deadLetterName) {
            this.deadLetterName = deadLetterName;
        }

        /** @return whether to create the queues */
        public boolean isCreateIfMissing() {
            return createIfMissing;
        }

        /** @param createIfMissing whether to create the queues */
        public void setCreateIfMissing(boolean createIfMissing) {
            this.createIfMissing = createIfMissing;
        }
    }

    /** {@code cvmatch.worker.*}. */
    public static class Worker {
        /** Whether this application runs a worker (switch off in a front end whose workers run elsewhere). */
        private boolean enabled = true;
        /** How many polling threads. */
        private int threads = 1;
        /** How long a received message stays hidden; renewed while the job runs. */
        private Duration visibilityTimeout = Duration.ofMinutes(5);
        /** How many deliveries before a message is dead-lettered. */
        private int maxDeliveries = 5;
        /** How long a polling thread sleeps when the queue is empty. */
        private Duration pollInterval = Duration.ofSeconds(1);

        /** @return whether the worker runs */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the worker runs */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the number of threads */
        public int getThreads() {
            return threads;
        }

        /** @param threads the number of threads */
        public void setThreads(int threads) {
            this.threads = threads;
        }

        /** @return the visibility timeout */
        public Duration getVisibilityTimeout() {
            return visibilityTimeout;
        }

        /** @param visibilityTimeout the visibility timeout */
        public void setVisibilityTimeout(Duration visibilityTimeout) {
            this.visibilityTimeout = visibilityTimeout;
        }

        /** @return the maximum deliveries */
        public int getMaxDeliveries() {
            return maxDeliveries;
        }

        /** @param maxDeliveries the maximum deliveries */
        public void setMaxDeliveries(int maxDeliveries) {
            this.maxDeliveries = maxDeliveries;
        }

        /** @return the poll interval */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval the poll interval */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }
    }
}
