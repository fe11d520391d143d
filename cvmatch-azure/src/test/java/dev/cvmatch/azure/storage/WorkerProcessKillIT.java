package dev.cvmatch.azure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import dev.cvmatch.azure.testing.Azurite;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.JdbcAnalysisStore;
import dev.cvmatch.testing.RecordingAnalysisStore;
import dev.cvmatch.testing.StoreFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The fault test of the seed's topology: documents on Blob Storage, messages on Queue Storage (Azurite), analyses
 * in PostgreSQL, and a worker in another JVM that is killed with SIGKILL in the middle of a job. Its message
 * reappears after the visibility timeout, a worker in this JVM completes the analysis, and the store holds one
 * completed analysis, written once.
 */
@ExtendWith(Azurite.class)
class WorkerProcessKillIT {

    private static final int VISIBILITY_SECONDS = 2;

    private static PGSimpleDataSource postgres(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv().getOrDefault("CVMATCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        ds.setUser(System.getenv().getOrDefault("CVMATCH_PG_USER", "postgres"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    @Test
    @Timeout(120)
    void aWorkerProcessKilledMidJobIsTakenOverAndTheAnalysisCompletedOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String schema = "cvmatch_kill_" + suffix;
        String queueName = "cv-analysis-" + suffix;
        String container = "cv-files-" + suffix;
        try (Connection c = postgres(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Process child = null;
        try {
            RecordingAnalysisStore analyses = new RecordingAnalysisStore(
                    JdbcAnalysisStore.builder().dataSource(postgres(schema)).build());
            AzureBlobDocumentStore documents = AzureBlobDocumentStore.builder()
                    .connectionString(Azurite.connectionString()).containerName(container).build();
            AzureQueueAnalysisQueue queue = AzureQueueAnalysisQueue.builder()
                    .connectionString(Azurite.connectionString()).queueName(queueName).build();
            AnalysisService service = AnalysisService.builder().documentStore(documents).analysisStore(analyses)
                    .queue(queue).build();
            Analysis queued = service.submit(AnalysisRequest.builder().owner("recruiter-1").fileName("cv.txt")
                    .content(StoreFixtures.sampleDocument(0)).jobText(StoreFixtures.JOB_TEXT).build());

            child = startWorkerProcess(queueName, container, schema);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("STARTED")) {
                lines.add(line);
            }
            assertEquals("STARTED", line, "the worker process took the job; it printed " + lines);
            assertEquals(AnalysisStatus.PROCESSING, service.get("recruiter-1", queued.id()).orElseThrow().status());

            // alive, it renews the message: still hidden after more than the timeout
            Thread.sleep(VISIBILITY_SECONDS * 1000L + 1500);
            QueueClient raw = new QueueClientBuilder().connectionString(Azurite.connectionString())
                    .queueName(queueName).buildClient();
            assertEquals(0, raw.peekMessages(32, null, null).stream().count(), "a live worker keeps its message");

            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            long killedAt = System.nanoTime();

            try (AnalysisWorker survivor = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses)
                    .queue(queue).matcher(StoreFixtures.MATCHER)
                    .visibilityTimeout(Duration.ofSeconds(VISIBILITY_SECONDS)).pollInterval(Duration.ofMillis(50))
                    .build()) {
                survivor.start(1);
                Analysis done = awaitFinal(service, queued, Duration.ofSeconds(60));
                long takeOver = (System.nanoTime() - killedAt) / 1_000_000;
                assertEquals(AnalysisStatus.COMPLETED, done.status(), done.failureReason());
                assertEquals(2, done.attempts(), "the killed worker's attempt and the survivor's");
                assertEquals(4, done.version(), "QUEUED, PROCESSING (killed), PROCESSING, COMPLETED");
                assertEquals(1, analyses.completions(queued.id()));
                assertEquals(1, survivor.counts().completed());
                assertTrue(takeOver < 30_000, "taken over in " + takeOver + " ms");
            }
            assertEquals(0, raw.peekMessages(32, null, null).stream().count(), "the message is gone");
            assertTrue(queue.peekDeadLetters(32).isEmpty());
        } finally {
            if (child != null) {
                child.destroyForcibly();
            }
            try (Connection c = postgres(null).getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static Process startWorkerProcess(String queueName, String container, String schema)
            throws java.io.IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        PGSimpleDataSource pg = postgres(schema);
        return new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, HangingWorkerProcess.class.getName(),
                Azurite.connectionString(), queueName, container, pg.getUrl(), pg.getUser(), schema,
                String.valueOf(VISIBILITY_SECONDS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Analysis awaitFinal(AnalysisService service, Analysis analysis, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Analysis now = service.get(analysis.owner(), analysis.id()).orElseThrow();
            if (now.status().isTerminal()) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("analysis " + analysis.id() + " not final after " + timeout);
    }
}
