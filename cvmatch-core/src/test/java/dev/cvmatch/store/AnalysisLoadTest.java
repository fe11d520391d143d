package dev.cvmatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.testing.RecordingAnalysisStore;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import dev.cvmatch.testing.StoreFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 submitted analyses drained by 4 workers on the embedded defaults that last (documents in a directory,
 * analyses in an H2 file, the in-process queue): every analysis COMPLETED, each by exactly one write. Prints the
 * throughput and the 95th percentile of the processing time (PROCESSING write to COMPLETED write) and of the
 * end-to-end time (submission to completion); benchmarks/README.md reports them.
 */
class AnalysisLoadTest {

    private static final int ANALYSES = 500;
    private static final int WORKERS = 4;

    @Test
    @Timeout(300)
    void fiveHundredAnalysesFourWorkersAllCompletedOnce(@TempDir Path directory) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("cvmatch") + ";DB_CLOSE_DELAY=10");
        RecordingAnalysisStore analyses = new RecordingAnalysisStore(
                JdbcAnalysisStore.builder().dataSource(h2).build());
        DocumentStore documents = FileSystemDocumentStore.builder().directory(directory.resolve("cv-files")).build();
        InProcessAnalysisQueue queue = InProcessAnalysisQueue.builder().build();
        AnalysisService service = AnalysisService.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).build();

        // a mix of born-digital PDFs and text files of the six sample CVs
        List<byte[]> files = new ArrayList<>();
        SampleCvs.all().forEach(cv -> {
            files.add(SampleDocuments.singleColumnPdf().render(cv));
            files.add(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv));
        });
        CvParser parser = CvParser.builder().build();
        parser.parse(files.get(0)); // load the language model and word lists before the clock starts

        List<AnalysisWorker> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(AnalysisWorker.builder().documentStore(documents).analysisStore(analyses).queue(queue)
                    .cvParser(parser).matcher(StoreFixtures.MATCHER).visibilityTimeout(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(10)).build());
        }
        long start = System.nanoTime();
        try {
            workers.forEach(w -> w.start(1));
            List<Analysis> submitted = new ArrayList<>();
            for (int i = 0; i < ANALYSES; i++) {
                submitted.add(service.submit(AnalysisRequest.builder().owner("tenant-" + (i % 5))
                        .fileName("cv-" + i + ".pdf").content(files.get(i % files.size()))
                        .jobText(StoreFixtures.JOB_TEXT).build()));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (analyses.finishedAnalyses() < ANALYSES && System.nanoTime() < deadline) {
                Thread.sleep(5); // watch the writes, without reading the store under load
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Analysis> done = new ArrayList<>();
            for (Analysis a : submitted) {
                done.add(service.get(a.owner(), a.id()).orElseThrow());
            }
            for (Analysis a : done) {
                assertEquals(AnalysisStatus.COMPLETED, a.status(), a.id() + ": " + a.failureReason());
                assertEquals(1, analyses.completions(a.id()), a.id());
                assertEquals(1, a.attempts(), a.id());
            }
            long completedByWorkers = workers.stream().mapToLong(w -> w.counts().completed()).sum();
            assertEquals(ANALYSES, completedByWorkers);
            assertTrue(workers.stream().allMatch(w -> w.counts().completed() > 0), "every worker took jobs");
            for (int t = 0; t < 5; t++) {
                assertEquals(ANALYSES / 5, analyses.stream("tenant-" + t, 200).count());
            }

            List<Duration> processing = analyses.processingTimes();
            List<Duration> endToEnd = done.stream()
                    .map(a -> Duration.between(a.createdAt(), a.updatedAt())).toList();
            String report = String.format(Locale.ROOT, "load: %d analyses, %d workers, %d processors: %.1f s, "
                    + "%.1f analyses/s; processing p50 %d ms, p95 %d ms; submission to completion p95 %d ms",
                    ANALYSES, WORKERS, Runtime.getRuntime().availableProcessors(), seconds, ANALYSES / seconds,
                    percentile(processing, 50), percentile(processing, 95), percentile(endToEnd, 95));
            System.out.println(report);
            write(Path.of("target", "analysis-load.txt"), report);
        } finally {
            workers.forEach(AnalysisWorker::close);
        }
        assertEquals(0, queue.size());
    }

    private static long percentile(List<Duration> durations, int p) {
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
        return millis.get(Math.max(0, index));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + System.lineSeparator());
    }
}
