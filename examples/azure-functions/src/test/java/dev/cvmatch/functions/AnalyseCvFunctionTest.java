package dev.cvmatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.azure.storage.AnalysisQueueMessages;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.DeadLetter;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.InMemoryAnalysisStore;
import dev.cvmatch.store.InMemoryDocumentStore;
import dev.cvmatch.store.InProcessAnalysisQueue;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.store.StoredDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The function called in-process as the Java worker calls it (message text, trigger metadata, output binding, an
 * {@code ExecutionContext}), on the in-memory stores: what it writes, when it returns and when it throws.
 */
class AnalyseCvFunctionTest {

    static final String JOB = """
            Senior Java Developer (Paris)
            We are looking for a backend developer with 5+ years of experience in Java, Spring Boot, SQL and
            Docker. Fluent English; French is a plus. Master's degree in computer science.
            """;

    private static final CvParser PARSER = CvParser.builder().build();
    private static final JobMatcher MATCHER = JobMatcher.builder().build();

    private InMemoryDocumentStore documents;
    private InMemoryAnalysisStore analyses;
    private InProcessAnalysisQueue producerQueue;
    private AnalysisService service;
    private final AtomicBoolean blobDown = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        documents = new InMemoryDocumentStore();
        analyses = new InMemoryAnalysisStore();
        producerQueue = InProcessAnalysisQueue.builder().build();
        service = AnalysisService.builder().documentStore(documents).analysisStore(analyses).queue(producerQueue)
                .build();
    }

    private AnalyseCvFunction function() {
        DocumentStore flaky = new DocumentStore() {
            @Override
            public StoredDocument put(String owner, String fileName, String contentType, byte[] content) {
                return documents.put(owner, fileName, contentType, content);
            }

            @Override
            public Optional<byte[]> get(String owner, String key) {
                if (blobDown.get()) {
                    throw new StoreException("Blob Storage unreachable (test)");
                }
                return documents.get(owner, key);
            }

            @Override
            public boolean delete(String owner, String key) {
                return documents.delete(owner, key);
            }
        };
        WorkerRuntime runtime = new WorkerRuntime(flaky, analyses, PARSER, MATCHER,
                FunctionSettings.DEFAULT_MAX_DELIVERIES, Clock.systemUTC());
        return new AnalyseCvFunction(() -> runtime);
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("cvmatch.samples", "../samples"), name));
    }

    private Analysis submit(String fileName, byte[] content) {
        return service.submit(AnalysisRequest.builder().owner("recruiter-1").fileName(fileName)
                .contentType("application/octet-stream").content(content).jobText(JOB).build());
    }

    /** The message text the producer sent, as the host hands it to the function (decoded). */
    private AnalysisDelivery sent() {
        List<AnalysisDelivery> received = producerQueue.receive(1, Duration.ofMinutes(5));
        assertEquals(1, received.size(), "the service sends one message per analysis");
        return received.get(0);
    }

    private static Slot<String> invoke(AnalyseCvFunction function, AnalysisDelivery sent, long dequeueCount) {
        Slot<String> poison = new Slot<>();
        function.run(AnalysisQueueMessages.toText(sent.message()), sent.messageId(), dequeueCount, poison,
                new TestExecutionContext());
        return poison;
    }

    private Analysis stored(Analysis submitted) {
        return analyses.get(submitted.owner(), submitted.id()).orElseThrow();
    }

    @Test
    void analysesTheUploadedCvAndReturnsSoThatTheHostDeletesTheMessage() throws IOException {
        Analysis submitted = submit("daniel-okafor-en.pdf", sample("daniel-okafor-en.pdf"));
        Slot<String> poison = invoke(function(), sent(), 1);

        Analysis done = stored(submitted);
        assertEquals(AnalysisStatus.COMPLETED, done.status());
        assertEquals("Daniel Okafor", done.cv().contact().fullName());
        assertTrue(done.result().score() > 0 && done.result().score() <= 100, "score " + done.result().score());
        assertNull(poison.getValue(), "nothing goes to the poison queue");
    }

    @Test
    void aSecondDeliveryOfTheSameMessageChangesNothing() throws IOException {
        Analysis submitted = submit("lea-moreau-fr.docx", sample("lea-moreau-fr.docx"));
        AnalysisDelivery sent = sent();
        AnalyseCvFunction function = function();
        invoke(function, sent, 1);
        Analysis first = stored(submitted);

        Slot<String> poison = invoke(function, sent, 2);

        Analysis second = stored(submitted);
        assertEquals(AnalysisStatus.COMPLETED, second.status());
        assertEquals(first.version(), second.version(), "the redelivery wrote nothing");
        assertEquals(first.result(), second.result());
        assertNull(poison.getValue());
    }

    @Test
    void aFileTheParserRefusesEndsFailedWithItsReasonAndIsNotRetried() {
        Analysis submitted = submit("broken.pdf", "%PDF-1.7\nthis is not a PDF body".getBytes(
                StandardCharsets.US_ASCII));
        Slot<String> poison = invoke(function(), sent(), 1);

        Analysis failed = stored(submitted);
        assertEquals(AnalysisStatus.FAILED, failed.status());
        assertNotNull(failed.failureReason());
        assertTrue(failed.failureReason().toLowerCase().contains("pdf"), failed.failureReason());
        assertNull(poison.getValue(), "a refused document is final, not poison");
    }

    @Test
    void aTransientFailureThrowsForTheHostToRetryThenTheLastDeliveryGivesUp() throws IOException {
        Analysis submitted = submit("hannah-whitfield-en.pdf", sample("hannah-whitfield-en.pdf"));
        AnalysisDelivery sent = sent();
        AnalyseCvFunction function = function();
        blobDown.set(true);
        for (int delivery = 1; delivery < FunctionSettings.DEFAULT_MAX_DELIVERIES; delivery++) {
            long d = delivery;
            AnalysisRetryException retry = assertThrows(AnalysisRetryException.class,
                    () -> invoke(function, sent, d));
            assertTrue(retry.getMessage().contains(submitted.id()), retry.getMessage());
            assertTrue(!stored(submitted).status().isTerminal(), "delivery " + delivery + " leaves it open");
        }

        Slot<String> poison = invoke(function, sent, FunctionSettings.DEFAULT_MAX_DELIVERIES);

        Analysis failed = stored(submitted);
        assertEquals(AnalysisStatus.FAILED, failed.status());
        assertTrue(failed.failureReason().contains("Blob Storage unreachable"), failed.failureReason());
        assertNotNull(poison.getValue(), "the last delivery writes a dead letter");
        DeadLetter letter = AnalysisQueueMessages.deadLetter(poison.getValue(), "poison-1",
                java.time.Instant.now()).orElseThrow();
        assertEquals(submitted.id(), letter.message().analysisId());
        assertEquals(sent.messageId(), letter.messageId());
        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, letter.deliveryCount());
        assertTrue(letter.reason().contains("Blob Storage unreachable"), letter.reason());
    }

    @Test
    void aMessageThatIsNotAnAnalysisGoesToThePoisonQueueAsIs() {
        TestExecutionContext context = new TestExecutionContext();
        Slot<String> poison = new Slot<>();
        function().run("{\"hello\":1}", "m-1", 1, poison, context);
        assertEquals("{\"hello\":1}", poison.getValue());
        assertTrue(context.messages().stream().anyMatch(m -> m.contains("not an analysis message")),
                context.messages().toString());
    }

    @Test
    void aMessageForADeletedAnalysisIsDropped() throws IOException {
        Analysis submitted = submit("daniel-okafor-en.pdf", sample("daniel-okafor-en.pdf"));
        AnalysisDelivery sent = sent();
        service.delete(submitted.owner(), submitted.id());
        Slot<String> poison = invoke(function(), sent, 1);
        assertTrue(analyses.get(submitted.owner(), submitted.id()).isEmpty());
        assertNull(poison.getValue());
    }

    @Test
    void settingsNameWhatIsMissing() {
        IllegalStateException noCosmos = assertThrows(IllegalStateException.class,
                () -> FunctionSettings.from(Map.of("CVMATCH_BLOB_ENDPOINT", "https://a.blob.core.windows.net/")));
        assertTrue(noCosmos.getMessage().contains("CVMATCH_COSMOS_ENDPOINT"), noCosmos.getMessage());
        IllegalStateException noBlob = assertThrows(IllegalStateException.class,
                () -> FunctionSettings.from(Map.of("CVMATCH_COSMOS_ENDPOINT", "https://c.documents.azure.com/")));
        assertTrue(noBlob.getMessage().contains("CVMATCH_BLOB_ENDPOINT")
                && noBlob.getMessage().contains("CVMATCH_STORAGE_CONNECTION_STRING"), noBlob.getMessage());
        IllegalStateException badCount = assertThrows(IllegalStateException.class,
                () -> FunctionSettings.from(Map.of("CVMATCH_COSMOS_ENDPOINT", "https://c.documents.azure.com/",
                        "CVMATCH_BLOB_ENDPOINT", "https://a.blob.core.windows.net/", "CVMATCH_MAX_DELIVERIES",
                        "five")));
        assertTrue(badCount.getMessage().contains("CVMATCH_MAX_DELIVERIES"), badCount.getMessage());
    }

    @Test
    void managedIdentityIsTheDefaultAndKeysAFallback() {
        FunctionSettings identity = FunctionSettings.from(Map.of(
                "CVMATCH_COSMOS_ENDPOINT", "https://c.documents.azure.com:443/",
                "CVMATCH_BLOB_ENDPOINT", "https://a.blob.core.windows.net/",
                "AZURE_CLIENT_ID", "00000000-0000-0000-0000-000000000001"));
        assertTrue(identity.needsTokenCredential());
        assertEquals("cv-files", identity.blobContainer());
        assertEquals("cv-analysis-db", identity.cosmosDatabase());
        assertEquals("analyses", identity.cosmosContainer());
        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, identity.maxDeliveries());
        FunctionSettings keys = FunctionSettings.from(Map.of(
                "CVMATCH_COSMOS_ENDPOINT", "https://c.documents.azure.com:443/", "CVMATCH_COSMOS_KEY", "k",
                "CVMATCH_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true"));
        assertTrue(!keys.needsTokenCredential(), "keys everywhere need no identity");
    }
}
