package dev.cvmatch.azure.storage;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.JdbcAnalysisStore;
import dev.cvmatch.testing.StoreFixtures;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A worker process for {@link WorkerProcessKillIT}: drains the Azure queue into the PostgreSQL store like any
 * worker, but its parser announces {@code STARTED <analysis id>} on standard output and then never returns, so the
 * test can kill the process (SIGKILL) in the middle of a job. Meanwhile the worker renews the message's visibility,
 * as a live worker does.
 */
public final class HangingWorkerProcess {

    private HangingWorkerProcess() {
    }

    /**
     * Runs the worker until killed.
     *
     * @param args storage connection string, queue, container, PostgreSQL URL, user, schema, visibility seconds
     * @throws InterruptedException never in practice: the process is killed
     */
    public static void main(String[] args) throws InterruptedException {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(args[3]);
        pg.setUser(args[4]);
        pg.setCurrentSchema(args[5]);
        AnalysisStore analyses = JdbcAnalysisStore.builder().dataSource(pg).migrate(false).build();
        CvParser hanging = new CvParser() {
            @Override
            public ParsedCv parse(ExtractedDocument document) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ParsedCv parse(byte[] content) {
                System.out.println("STARTED");
                System.out.flush();
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        AnalysisWorker worker = AnalysisWorker.builder()
                .documentStore(AzureBlobDocumentStore.builder().connectionString(args[0]).containerName(args[2])
                        .build())
                .analysisStore(analyses)
                .queue(AzureQueueAnalysisQueue.builder().connectionString(args[0]).queueName(args[1]).build())
                .cvParser(hanging).matcher(StoreFixtures.MATCHER)
                .visibilityTimeout(Duration.ofSeconds(Long.parseLong(args[6])))
                .pollInterval(Duration.ofMillis(50)).build();
        worker.start(1);
        Thread.sleep(Long.MAX_VALUE);
    }
}
