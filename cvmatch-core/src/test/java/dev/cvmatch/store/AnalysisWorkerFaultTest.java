package dev.cvmatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.testing.RecordingAnalysisStore;
import dev.cvmatch.testing.StoreFixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A worker dies in the middle of a job: its message reappears after the visibility timeout, another worker completes
 * the analysis, and when the dead worker's thread wakes up later (a paused VM, a GC pause, a partition that heals)
 * its late result is dropped: the store holds one completed analysis, written once. Real time, 1 s visibility.
 *
 * <p>"Dying" is modelled as a process that stops talking: from the kill on, every call of the dead worker to the
 * queue fails (no more lease renewals, no completion), as after {@code kill -9}; its parsing thread is left blocked
 * and released at the end to play the zombie.
 */
class AnalysisWorkerFaultTest {

    private static final CvParser PARSER = CvParser.builder().build();

    /** A queue as seen from a process that can be killed. */
    private static final class KillableQueue implements AnalysisQueue {
        private final AnalysisQueue delegate;
        private volatile boolean dead;
        /** Until when the last receive or renewal held the message. */
        private volatile java.time.Instant heldUntil = java.time.Instant.EPOCH;

        KillableQueue(AnalysisQueue delegate) {
            this.delegate = delegate;
        }

        void kill() {
            dead = true;
        }

        private void check() {
            if (dead) {
                throw new StoreException("the worker process is dead");
            }
        }

        @Override
        public void send(AnalysisMessage message) {
            check();
            delegate.send(message);
        }

        @Override
        public List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout) {
            check();
            List<AnalysisDelivery> received = delegate.receive(maxMessages, visibilityTimeout);
            received.forEach(d -> heldUntil = d.visibleAt());
            return received;
        }

        @Override
        public AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout) {
            check();
            AnalysisDelivery extended = delegate.extend(delivery, visibilityTimeout);
            heldUntil = extended.visibleAt();
            return extended;
        }

        @Override
        public void complete(AnalysisDelivery delivery) {
            check();
            delegate.complete(delivery);
        }

        @Override
        public void deadLetter(AnalysisDelivery delivery, String reason) {
            check();
            delegate.deadLetter(delivery, reason);
        }

        @Override
        public List<DeadLetter> peekDeadLetters(int maxMessages) {
            check();
            return delegate.peekDeadLetters(maxMessages);
        }
    }

    @Test
    @Timeout(60)
    void aJobWhoseWorkerDiedIsCompletedOnceByAnother() throws Exception {
        DocumentStore documents = new InMemoryDocumentStore();
        RecordingAnalysisStore analyses = new RecordingAnalysisStore(new InMemoryAnalysisStore());
        InProcessAnalysisQueue queue = InProcessAnalysisQueue.builder().build();
        AnalysisService service = AnalysisService.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).build();

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch wakeUp = new CountDownLatch(1);
        CvParser hanging = new CvParser() {
            @Override
            public ParsedCv parse(ExtractedDocument document) {
                return PARSER.parse(document);
            }

            @Override
            public ParsedCv parse(byte[] content) {
                started.countDown();
                try {
                    wakeUp.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PARSER.parse(content);
            }
        };
        KillableQueue seenByTheDoomed = new KillableQueue(queue);
        Duration visibility = Duration.ofSeconds(1);
        AnalysisWorker doomed = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses)
                .queue(seenByTheDoomed).cvParser(hanging).matcher(StoreFixtures.MATCHER)
                .visibilityTimeout(visibility).pollInterval(Duration.ofMillis(20)).build();
        AnalysisWorker survivor = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).cvParser(PARSER).matcher(StoreFixtures.MATCHER)
                .visibilityTimeout(visibility).pollInterval(Duration.ofMillis(20)).build();
        try {
            Analysis queued = service.submit(AnalysisRequest.builder().owner("user-9").fileName("cv.txt")
                    .content(StoreFixtures.sampleDocument(0)).jobText(StoreFixtures.JOB_TEXT).build());
            doomed.start(1);
            assertTrue(started.await(20, TimeUnit.SECONDS), "the doomed worker took the job");
            // while it lives, the lease is renewed: the message stays hidden beyond the timeout
            Thread.sleep(1500);
            assertTrue(queue.receive(1, visibility).isEmpty(), "a live worker keeps its message");
            seenByTheDoomed.kill();

            java.time.Instant heldUntil = seenByTheDoomed.heldUntil;
            survivor.start(1);
            Analysis done = awaitFinal(service, queued, Duration.ofSeconds(30));
            assertEquals(AnalysisStatus.COMPLETED, done.status());
            assertEquals(2, done.attempts(), "the dead worker's attempt and the survivor's");
            assertTrue(!done.updatedAt().isBefore(heldUntil.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)),
                    "taken over only once the dead worker's hold expired at " + heldUntil + ": " + done.updatedAt());

            // the zombie wakes up and tries to store its result
            wakeUp.countDown();
            Thread.sleep(500);
            doomed.close();
            survivor.close();
            assertEquals(1, analyses.completions(queued.id()), "exactly one completed write");
            Analysis last = service.get("user-9", queued.id()).orElseThrow();
            assertEquals(done, last, "the late result was dropped");
            assertEquals(0, queue.size(), "the message is gone");
            assertEquals(1, survivor.counts().completed());
            assertEquals(0, doomed.counts().completed());
        } finally {
            wakeUp.countDown();
            doomed.close();
            survivor.close();
        }
    }

    static Analysis awaitFinal(AnalysisService service, Analysis analysis, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Analysis now = service.get(analysis.owner(), analysis.id()).orElseThrow();
            if (now.status().isTerminal()) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("analysis " + analysis.id() + " not final after " + timeout);
    }
}
