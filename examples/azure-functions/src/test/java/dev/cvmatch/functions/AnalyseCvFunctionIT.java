package dev.cvmatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.cosmos.CosmosClient;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.QueueMessageEncoding;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.azure.cosmos.CosmosAnalysisStore;
import dev.cvmatch.azure.storage.AnalysisQueueMessages;
import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import dev.cvmatch.azure.storage.AzureQueueAnalysisQueue;
import dev.cvmatch.azure.testing.Azurite;
import dev.cvmatch.azure.testing.CosmosEmulator;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisPage;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.DeadLetter;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.PageRequest;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.store.StoredDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end on the emulators: the web app's side ({@link AnalysisService} over Blob, Queue and Cosmos DB) submits,
 * a {@link QueueTriggerHost} plays the Functions host and calls {@link AnalyseCvFunction}, whose runtime is built
 * from application settings exactly as on Azure (keys here, the emulators have no Entra ID).
 */
@ExtendWith({Azurite.class, CosmosEmulator.class})
class AnalyseCvFunctionIT {

    private static final Duration DRAIN = Duration.ofSeconds(120);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String queueName = "cv-analysis-" + suffix;
    private final String container = "cv-files-" + suffix;
    private final String database = "cv-analysis-db-" + suffix;
    private final SettingsRuntime settingsRuntime = new SettingsRuntime();
    private CosmosClient cosmos;
    private AzureQueueAnalysisQueue queue;
    private AzureBlobDocumentStore documents;
    private CosmosAnalysisStore analyses;
    private AnalysisService service;

    @BeforeEach
    void setUp() {
        cosmos = CosmosEmulator.client();
        analyses = CosmosAnalysisStore.builder().client(cosmos).databaseName(database).build();
        documents = AzureBlobDocumentStore.builder().connectionString(Azurite.connectionString())
                .containerName(container).build();
        queue = AzureQueueAnalysisQueue.builder().connectionString(Azurite.connectionString()).queueName(queueName)
                .build();
        service = AnalysisService.builder().documentStore(documents).analysisStore(analyses).queue(queue).build();
    }

    @AfterEach
    void tearDown() {
        cosmos.close();
    }

    /** The app settings of the deployed app, pointing at the emulators. */
    private Map<String, String> appSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("CVMATCH_QUEUE_NAME", queueName);
        settings.put("CVMATCH_STORAGE_CONNECTION_STRING", Azurite.connectionString());
        settings.put("CVMATCH_BLOB_CONTAINER", container);
        settings.put("CVMATCH_COSMOS_ENDPOINT", CosmosEmulator.endpoint());
        settings.put("CVMATCH_COSMOS_KEY", CosmosEmulator.key());
        settings.put("CVMATCH_COSMOS_DATABASE", database);
        settings.put("CVMATCH_COSMOS_CONTAINER", CosmosAnalysisStore.DEFAULT_CONTAINER);
        settings.put("CVMATCH_COSMOS_GATEWAY_MODE", "true");
        return settings;
    }

    private QueueClient raw(String name) {
        return new QueueClientBuilder().connectionString(Azurite.connectionString()).queueName(name)
                .messageEncoding(QueueMessageEncoding.BASE64).buildClient();
    }

    private QueueTriggerHost host(AnalyseCvFunction function) throws IOException {
        int maxDequeueCount = new ObjectMapper().readTree(Path.of("host.json").toFile())
                .path("extensions").path("queues").path("maxDequeueCount").asInt();
        return new QueueTriggerHost(raw(queueName), raw(queue.deadLetterQueueName()), maxDequeueCount,
                Duration.ofMillis(200), function);
    }

    private Analysis submit(String sample) throws IOException {
        return service.submit(AnalysisRequest.builder().owner("recruiter-" + suffix).fileName(sample)
                .contentType("application/octet-stream").content(AnalyseCvFunctionTest.sample(sample))
                .jobText(AnalyseCvFunctionTest.JOB).build());
    }

    private Analysis stored(Analysis a) {
        return analyses.get(a.owner(), a.id()).orElseThrow();
    }

    @Test
    void everyUploadEndsCompletedInCosmosFromTheAppSettings() throws Exception {
        List<Analysis> submitted = List.of(submit("camille-martin-fr.pdf"), submit("priya-raman-en.docx"),
                submit("julien-lefevre-fr.txt"));
        AnalyseCvFunction function = new AnalyseCvFunction(() -> settingsRuntime.get(appSettings()));

        assertEquals(3, host(function).drain(DRAIN));

        for (Analysis a : submitted) {
            Analysis done = stored(a);
            assertEquals(AnalysisStatus.COMPLETED, done.status(), a.fileName());
            assertTrue(done.cv().contact().fullName() != null, a.fileName());
        }
        AnalysisPage history = analyses.list("recruiter-" + suffix, PageRequest.first(10));
        assertEquals(3, history.items().size(), "one analysis per upload, in the owner's partition");
        assertTrue(queue.peekDeadLetters(32).isEmpty());
        assertEquals(0, queue.approximateMessageCount(Duration.ofSeconds(10)));
    }

    @Test
    void twoDeliveriesOfOneMessageAtOnceLeaveOneCompletedAnalysis() throws Exception {
        Analysis submitted = submit("daniel-okafor-en.pdf");
        AnalyseCvFunction function = new AnalyseCvFunction(() -> settingsRuntime.get(appSettings()));
        String text = AnalysisQueueMessages.toText(new dev.cvmatch.store.AnalysisMessage(submitted.owner(),
                submitted.id()));
        // the host lost its lease (e.g. an instance was recycled) and another instance took the message
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> function.run(text, "m-1", 1, new Slot<>(),
                new TestExecutionContext()));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> function.run(text, "m-1", 2,
                new Slot<>(), new TestExecutionContext()));
        first.join();
        second.join();
        Analysis done = stored(submitted);
        assertEquals(AnalysisStatus.COMPLETED, done.status());
        long version = done.version();

        function.run(text, "m-1", 3, new Slot<>(), new TestExecutionContext());
        assertEquals(version, stored(submitted).version(), "a late redelivery writes nothing");
    }

    @Test
    void aMessageThatKeepsFailingEndsFailedWithADeadLetterOnThePoisonQueue() throws Exception {
        Analysis submitted = submit("hannah-whitfield-en.pdf");
        WorkerRuntime runtime = new WorkerRuntime(unreachable(documents), analyses, CvParser.builder().build(),
                JobMatcher.builder().build(), FunctionSettings.DEFAULT_MAX_DELIVERIES, Clock.systemUTC());
        QueueTriggerHost host = host(new AnalyseCvFunction(() -> runtime));

        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, host.drain(DRAIN));

        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES - 1, host.failures(), "retried, then given up");
        Analysis failed = stored(submitted);
        assertEquals(AnalysisStatus.FAILED, failed.status());
        assertTrue(failed.failureReason().contains("Blob Storage is down"), failed.failureReason());
        List<DeadLetter> letters = queue.peekDeadLetters(32);
        assertEquals(1, letters.size());
        assertEquals(submitted.id(), letters.get(0).message().analysisId());
        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, letters.get(0).deliveryCount());
        assertTrue(letters.get(0).reason().contains("Blob Storage is down"), letters.get(0).reason());
    }

    @Test
    void whenTheStoreIsDownToTheEndTheHostPoisonsTheMessageAndItCanStillBeRead() throws Exception {
        Analysis submitted = submit("hannah-whitfield-en.pdf");
        WorkerRuntime runtime = new WorkerRuntime(unreachable(documents), unreachableStore(),
                CvParser.builder().build(), JobMatcher.builder().build(), FunctionSettings.DEFAULT_MAX_DELIVERIES,
                Clock.systemUTC());
        QueueTriggerHost host = host(new AnalyseCvFunction(() -> runtime));

        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, host.drain(DRAIN));

        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, host.failures());
        assertEquals(AnalysisStatus.QUEUED, stored(submitted).status(), "nothing could be written");
        List<DeadLetter> letters = queue.peekDeadLetters(32);
        assertEquals(1, letters.size(), "the host's own poison message is read as a dead letter");
        assertEquals(submitted.id(), letters.get(0).message().analysisId());
        assertTrue(letters.get(0).reason().contains("Functions runtime"), letters.get(0).reason());
    }

    /** Builds the runtime from settings once per test (as the host does once per process). */
    private static final class SettingsRuntime {
        private WorkerRuntime runtime;

        synchronized WorkerRuntime get(Map<String, String> settings) {
            if (runtime == null) {
                runtime = WorkerRuntime.from(FunctionSettings.from(settings));
            }
            return runtime;
        }
    }

    /** Uploads work, downloads fail, as when Blob Storage cannot be reached from the worker. */
    private static DocumentStore unreachable(DocumentStore real) {
        return new DocumentStore() {
            @Override
            public StoredDocument put(String owner, String fileName, String contentType, byte[] content) {
                return real.put(owner, fileName, contentType, content);
            }

            @Override
            public Optional<byte[]> get(String owner, String key) {
                throw new StoreException("Blob Storage is down (test)");
            }

            @Override
            public boolean delete(String owner, String key) {
                return real.delete(owner, key);
            }
        };
    }

    /** A store whose every call fails, as Cosmos DB does when it cannot be reached. */
    private static AnalysisStore unreachableStore() {
        return (AnalysisStore) java.lang.reflect.Proxy.newProxyInstance(AnalysisStore.class.getClassLoader(),
                new Class<?>[] {AnalysisStore.class}, (proxy, method, args) -> {
                    throw new StoreException("Cosmos DB is down (test)");
                });
    }
}
