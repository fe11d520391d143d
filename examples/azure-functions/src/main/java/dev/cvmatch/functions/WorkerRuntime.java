package dev.cvmatch.functions;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.cvmatch.azure.cosmos.CosmosAnalysisStore;
import dev.cvmatch.azure.documentintelligence.AzureDocumentIntelligenceOcrEngine;
import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.DocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a function instance keeps between invocations: one {@link AnalysisWorker} (thread-safe; its parsers, matcher,
 * taxonomy and clients are built once per process, on the first message) over the host-owned queue.
 */
final class WorkerRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerRuntime.class);

    /**
     * How long the worker considers a message held; the host renews the real visibility while the function runs,
     * so this only paces the worker's (no-op) lease renewal.
     */
    private static final Duration HELD_FOR = Duration.ofMinutes(10);

    private final AnalysisWorker worker;
    private final HostOwnedQueue queue;
    private final Clock clock;

    WorkerRuntime(DocumentStore documents, AnalysisStore analyses, CvParser cvParser, JobMatcher matcher,
            int maxDeliveries, Clock clock) {
        this.queue = new HostOwnedQueue();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses).queue(queue)
                .cvParser(cvParser).matcher(matcher).maxDeliveries(maxDeliveries).visibilityTimeout(HELD_FOR)
                .clock(clock).build();
    }

    /**
     * Builds the Azure clients, the parser and the matcher from the settings.
     *
     * @param settings the app's settings
     * @return the runtime
     */
    static WorkerRuntime from(FunctionSettings settings) {
        TokenCredential credential = settings.needsTokenCredential() ? credential(settings) : null;
        AzureBlobDocumentStore.Builder blob = AzureBlobDocumentStore.builder()
                .containerName(settings.blobContainer()).createContainerIfMissing(false);
        if (settings.blobEndpoint().isPresent()) {
            blob.endpoint(settings.blobEndpoint().get()).credential(credential);
        } else {
            blob.connectionString(settings.storageConnectionString().orElseThrow());
        }
        CosmosClientBuilder cosmos = new CosmosClientBuilder().endpoint(settings.cosmosEndpoint());
        if (settings.cosmosKey().isPresent()) {
            cosmos.credential(new AzureKeyCredential(settings.cosmosKey().get()));
        } else {
            cosmos.credential(credential);
        }
        if (settings.cosmosGatewayMode()) {
            cosmos.gatewayMode();
        }
        // the database and container are created by the deployment (deploy/azure): a data-plane identity cannot
        AnalysisStore analyses = CosmosAnalysisStore.builder().client(cosmos.buildClient())
                .databaseName(settings.cosmosDatabase()).containerName(settings.cosmosContainer())
                .createIfMissing(false).build();
        AutoDetectTextExtractor.Builder extractor = AutoDetectTextExtractor.builder();
        if (settings.documentIntelligenceEndpoint().isPresent()) {
            AzureDocumentIntelligenceOcrEngine.Builder ocr = AzureDocumentIntelligenceOcrEngine.builder()
                    .endpoint(settings.documentIntelligenceEndpoint().get());
            if (settings.documentIntelligenceKey().isPresent()) {
                ocr.credential(new AzureKeyCredential(settings.documentIntelligenceKey().get()));
            } else {
                ocr.credential(credential);
            }
            extractor.ocr(ocr.build());
        }
        LOG.info("cvmatch worker: Blob container {} ({}), Cosmos DB {}/{} ({}), OCR of scans {}",
                settings.blobContainer(), settings.blobEndpoint().isPresent() ? "managed identity" : "connection string",
                settings.cosmosDatabase(), settings.cosmosContainer(),
                settings.cosmosKey().isPresent() ? "key" : "managed identity",
                settings.documentIntelligenceEndpoint().isPresent() ? "by Document Intelligence" : "by Tesseract if installed");
        return new WorkerRuntime(blob.build(), analyses, CvParser.builder().extractor(extractor.build()).build(),
                JobMatcher.builder().build(), settings.maxDeliveries(), Clock.systemUTC());
    }

    private static TokenCredential credential(FunctionSettings settings) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        settings.managedIdentityClientId().ifPresent(builder::managedIdentityClientId);
        return builder.build();
    }

    AnalysisWorker worker() {
        return worker;
    }

    HostOwnedQueue queue() {
        return queue;
    }

    Clock clock() {
        return clock;
    }
}
