package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.AnalysisWorkerListener;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.FileSystemDocumentStore;
import dev.cvmatch.store.InMemoryAnalysisStore;
import dev.cvmatch.store.InMemoryDocumentStore;
import dev.cvmatch.store.InProcessAnalysisQueue;
import dev.cvmatch.store.JdbcAnalysisStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of stored analyses: an {@link AnalysisStore}, a {@link DocumentStore}, an
 * {@link AnalysisQueue}, the {@link AnalysisService} in front of them and an {@link AnalysisWorker} draining the
 * queue while the application runs, each {@code @ConditionalOnMissingBean}. Chosen by {@code cvmatch.store.type}
 * ({@code memory}, {@code jdbc}, {@code cosmos}; by default {@code jdbc} when the application has a
 * {@link DataSource}, else {@code memory}), {@code cvmatch.documents.type} ({@code memory}, {@code file},
 * {@code blob}; by default {@code file} when {@code cvmatch.documents.directory} is set, else {@code memory}) and {@code cvmatch.queue.type} ({@code in-process} by default, {@code azure}). The Azure choices
 * need cvmatch-azure on the classpath and use the configured connection string or key, else the application's
 * {@code TokenCredential} bean. The worker uses the parsers and matcher of {@link CvMatchAutoConfiguration}.
 */
@AutoConfiguration(after = CvMatchAutoConfiguration.class, afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnProperty(prefix = "cvmatch", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CvMatchStoreProperties.class)
public class CvMatchStoreAutoConfiguration {

    private static final String AZURE = "dev.cvmatch.azure.storage.AzureBlobDocumentStore";

    /**
     * The analysis store.
     *
     * @param properties the properties
     * @param dataSource the application's data source, if any
     * @param beans where the application's {@code TokenCredential} is looked up (Cosmos DB without a key)
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    public AnalysisStore cvmatchAnalysisStore(CvMatchStoreProperties properties, ObjectProvider<DataSource> dataSource,
            BeanFactory beans) {
        CvMatchStoreProperties.Store store = properties.getStore();
        DataSource ds = dataSource.getIfUnique();
        CvMatchStoreProperties.StoreType type = store.getType() != null ? store.getType()
                : ds != null ? CvMatchStoreProperties.StoreType.JDBC : CvMatchStoreProperties.StoreType.MEMORY;
        return switch (type) {
            case MEMORY -> new InMemoryAnalysisStore();
            case JDBC -> {
                if (ds == null) {
                    throw new IllegalStateException("cvmatch.store.type=jdbc needs a DataSource bean "
                            + "(spring.datasource.*)");
                }
                yield JdbcAnalysisStore.builder().dataSource(ds).migrate(store.isMigrate()).build();
            }
            case COSMOS -> {
                requireAzure("cvmatch.store.type=cosmos", beans);
                yield AzureStores.cosmos(store.getCosmos(), beans);
            }
        };
    }

    /**
     * The document store.
     *
     * @param properties the properties
     * @param beans where the application's {@code TokenCredential} is looked up (Blob Storage without a
     *     connection string)
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentStore cvmatchDocumentStore(CvMatchStoreProperties properties,
            BeanFactory beans) {
        CvMatchStoreProperties.Documents documents = properties.getDocuments();
        CvMatchStoreProperties.DocumentsType type = documents.getType() != null ? documents.getType()
                : documents.getDirectory() != null ? CvMatchStoreProperties.DocumentsType.FILE
                        : CvMatchStoreProperties.DocumentsType.MEMORY;
        return switch (type) {
            case MEMORY -> new InMemoryDocumentStore();
            case FILE -> {
                if (documents.getDirectory() == null) {
                    throw new IllegalStateException("cvmatch.documents.type=file needs cvmatch.documents.directory");
                }
                yield FileSystemDocumentStore.builder().directory(documents.getDirectory()).build();
            }
            case BLOB -> {
                requireAzure("cvmatch.documents.type=blob", beans);
                yield AzureStores.blob(documents.getBlob(), beans);
            }
        };
    }

    /**
     * The queue.
     *
     * @param properties the properties
     * @param beans where the application's {@code TokenCredential} is looked up (Queue Storage without a
     *     connection string)
     * @return the queue
     */
    @Bean
    @ConditionalOnMissingBean
    public AnalysisQueue cvmatchAnalysisQueue(CvMatchStoreProperties properties,
            BeanFactory beans) {
        return switch (properties.getQueue().getType()) {
            case IN_PROCESS -> InProcessAnalysisQueue.builder().build();
            case AZURE -> {
                requireAzure("cvmatch.queue.type=azure", beans);
                yield AzureStores.queue(properties.getQueue().getAzure(), beans);
            }
        };
    }

    /**
     * The service controllers call.
     *
     * @param documents the document store
     * @param analyses the analysis store
     * @param queue the queue
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public AnalysisService cvmatchAnalysisService(DocumentStore documents, AnalysisStore analyses,
            AnalysisQueue queue) {
        return AnalysisService.builder().documentStore(documents).analysisStore(analyses).queue(queue).build();
    }

    /**
     * The worker, when {@code cvmatch.worker.enabled} (the default).
     *
     * @param properties the properties
     * @param documents the document store
     * @param analyses the analysis store
     * @param queue the queue
     * @param cvParser the CV parser
     * @param jobParser the job parser
     * @param matcher the matcher
     * @param listeners the application's worker listeners (metrics)
     * @return the worker, started by {@link #cvmatchAnalysisWorkerLifecycle}
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "cvmatch.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
    public AnalysisWorker cvmatchAnalysisWorker(CvMatchStoreProperties properties, DocumentStore documents,
            AnalysisStore analyses, AnalysisQueue queue, ObjectProvider<CvParser> cvParser,
            ObjectProvider<JobDescriptionParser> jobParser, ObjectProvider<JobMatcher> matcher,
            ObjectProvider<AnalysisWorkerListener> listeners) {
        CvMatchStoreProperties.Worker worker = properties.getWorker();
        AnalysisWorker.Builder builder = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).visibilityTimeout(worker.getVisibilityTimeout())
                .maxDeliveries(worker.getMaxDeliveries()).pollInterval(worker.getPollInterval());
        cvParser.ifAvailable(builder::cvParser);
        jobParser.ifAvailable(builder::jobParser);
        matcher.ifAvailable(builder::matcher);
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    /**
     * Starts the worker's polling threads with the application and stops them before its beans are destroyed.
     *
     * @param worker the worker
     * @param properties the properties
     * @return the lifecycle
     */
    @Bean
    @ConditionalOnProperty(prefix = "cvmatch.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
    public SmartLifecycle cvmatchAnalysisWorkerLifecycle(AnalysisWorker worker, CvMatchStoreProperties properties) {
        int threads = properties.getWorker().getThreads();
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                worker.start(threads);
                running = true;
            }

            @Override
            public void stop() {
                worker.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    private static void requireAzure(String property, BeanFactory beans) {
        ClassLoader loader = beans instanceof ConfigurableBeanFactory configurable
                && configurable.getBeanClassLoader() != null ? configurable.getBeanClassLoader()
                : CvMatchStoreAutoConfiguration.class.getClassLoader();
        if (!ClassUtils.isPresent(AZURE, loader)) {
            throw new IllegalStateException(property + " needs dev.cvmatch:cvmatch-azure on the classpath");
        }
    }
}
