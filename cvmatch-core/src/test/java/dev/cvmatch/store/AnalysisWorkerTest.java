package dev.cvmatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.embedding.LexicalTextEmbedder;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.testing.MutableClock;
import dev.cvmatch.testing.RecordingAnalysisStore;
import dev.cvmatch.testing.StoreFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The service and the worker on the embedded stores, with a clock moved by hand. */
class AnalysisWorkerTest {

    private static final CvParser PARSER = CvParser.builder().build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final DocumentStore documents = new InMemoryDocumentStore(clock);
    private final RecordingAnalysisStore analyses = new RecordingAnalysisStore(new InMemoryAnalysisStore());
    private final InProcessAnalysisQueue queue = InProcessAnalysisQueue.builder().clock(clock).build();
    private final AnalysisService service = AnalysisService.builder().documentStore(documents)
            .analysisStore(analyses).queue(queue).clock(clock).build();

    private AnalysisWorker.Builder worker() {
        return AnalysisWorker.builder().documentStore(documents).analysisStore(analyses).queue(queue)
                .cvParser(PARSER).matcher(StoreFixtures.MATCHER).clock(clock);
    }

    private Analysis submit(String owner, byte[] content) {
        return service.submit(AnalysisRequest.builder().owner(owner).fileName("cv.txt").content(content)
                .jobText(StoreFixtures.JOB_TEXT).build());
    }

    @Test
    void aSubmittedCvIsParsedMatchedAndStoredCompleted() {
        byte[] content = StoreFixtures.sampleDocument(0);
        Analysis queued = submit("user-1", content);
        assertEquals(AnalysisStatus.QUEUED, queued.status());
        assertEquals("text/plain", documentsContentType(queued));
        try (AnalysisWorker worker = worker().build()) {
            assertEquals(1, worker.drain());
            assertEquals(1, worker.counts().completed());
        }
        Analysis done = service.get("user-1", queued.id()).orElseThrow();
        assertEquals(AnalysisStatus.COMPLETED, done.status());
        assertEquals(3, done.version(), "QUEUED, PROCESSING, COMPLETED");
        assertEquals(1, done.attempts());
        ParsedCv expected = PARSER.parse(content);
        assertEquals(expected, done.cv());
        assertEquals(StoreFixtures.MATCHER.match(expected, done.job()).score(), done.result().score(), 1e-9);
        assertEquals(StoreFixtures.MATCHER.embed(expected), done.cvEmbedding());
        assertEquals(queued.contentHash(), dev.cvmatch.internal.store.Hashes.sha256(content));
        assertEquals(0, queue.size());
        assertEquals(1, analyses.completions(queued.id()));
    }

    private String documentsContentType(Analysis analysis) {
        // the service detected the type from the bytes; the document is readable by its key
        assertTrue(documents.get(analysis.owner(), analysis.documentKey()).isPresent());
        return dev.cvmatch.document.FormatDetector.detect(
                documents.get(analysis.owner(), analysis.documentKey()).orElseThrow()).mediaType();
    }

    @Test
    void aDocumentTheParserRefusesFailsWithItsOneLineReasonAndIsNotRetried() {
        Analysis empty = submit("user-2", new byte[0]);
        Analysis binary = submit("user-2", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        String emptyReason = assertThrows(CvMatchException.class, () -> PARSER.parse(new byte[0])).getMessage();
        try (AnalysisWorker worker = worker().build()) {
            assertEquals(2, worker.drain());
            assertEquals(2, worker.counts().failed());
        }
        Analysis failedEmpty = service.get("user-2", empty.id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, failedEmpty.status());
        assertEquals(emptyReason.lines().findFirst().orElseThrow().strip(), failedEmpty.failureReason());
        Analysis failedBinary = service.get("user-2", binary.id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, failedBinary.status());
        assertFalse(failedBinary.failureReason().contains("\n"));
        assertFalse(failedBinary.failureReason().isBlank());
        clock.advance(Duration.ofHours(1));
        assertTrue(queue.receive(32, Duration.ofMinutes(1)).isEmpty(), "never retried");
    }

    @Test
    void aMessageDeliveredTwiceLeavesOneCompletedAnalysis() {
        Analysis queued = submit("user-3", StoreFixtures.sampleDocument(1));
        queue.send(new AnalysisMessage("user-3", queued.id()));
        try (AnalysisWorker worker = worker().build()) {
            assertEquals(2, worker.drain());
            assertEquals(1, worker.counts().completed());
            assertEquals(1, worker.counts().skipped());
        }
        assertEquals(1, analyses.completions(queued.id()));
        assertEquals(3, service.get("user-3", queued.id()).orElseThrow().version());
        assertEquals(0, queue.size());
    }

    @Test
    void aDeletedAnalysisIsDroppedWithoutWork() {
        Analysis queued = submit("user-4", StoreFixtures.sampleDocument(2));
        assertTrue(service.delete("user-4", queued.id()));
        assertTrue(documents.get("user-4", queued.documentKey()).isEmpty(), "the document is erased too");
        try (AnalysisWorker worker = worker().build()) {
            assertEquals(1, worker.drain());
            assertEquals(1, worker.counts().skipped());
        }
        assertTrue(service.get("user-4", queued.id()).isEmpty());
        assertEquals(0, queue.size());
    }

    /** A parser that fails the way a bug or a lost disk does (not a document error) a given number of times. */
    private static CvParser failing(AtomicInteger failuresLeft) {
        return new CvParser() {
            @Override
            public ParsedCv parse(ExtractedDocument document) {
                return PARSER.parse(document);
            }

            @Override
            public ParsedCv parse(byte[] content) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("disk on fire\nat line 2");
                }
                return PARSER.parse(content);
            }
        };
    }

    @Test
    void anUnexpectedFailureIsRetriedOnTheNextDelivery() {
        Analysis queued = submit("user-5", StoreFixtures.sampleDocument(3));
        try (AnalysisWorker worker = worker().cvParser(failing(new AtomicInteger(1))).build()) {
            assertEquals(1, worker.drain());
            assertEquals(1, worker.counts().retried());
            assertEquals(AnalysisStatus.PROCESSING, service.get("user-5", queued.id()).orElseThrow().status());
            assertEquals(0, worker.drain(), "hidden until the visibility timeout");
            clock.advance(Duration.ofMinutes(6));
            assertEquals(1, worker.drain());
            assertEquals(1, worker.counts().completed());
        }
        Analysis done = service.get("user-5", queued.id()).orElseThrow();
        assertEquals(AnalysisStatus.COMPLETED, done.status());
        assertEquals(2, done.attempts());
    }

    @Test
    void aJobThatKeepsFailingIsMarkedFailedAndDeadLetteredAfterMaxDeliveries() {
        Analysis queued = submit("user-6", StoreFixtures.sampleDocument(4));
        try (AnalysisWorker worker = worker().cvParser(failing(new AtomicInteger(100))).maxDeliveries(3).build()) {
            for (int delivery = 1; delivery <= 3; delivery++) {
                assertEquals(1, worker.drain());
                clock.advance(Duration.ofMinutes(6));
            }
            assertEquals(2, worker.counts().retried());
            assertEquals(1, worker.counts().deadLettered());
            assertEquals(0, worker.drain());
        }
        Analysis failed = service.get("user-6", queued.id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, failed.status());
        assertEquals("The analysis failed 3 times (disk on fire); submit the file again.", failed.failureReason());
        List<DeadLetter> dead = queue.peekDeadLetters(32);
        assertEquals(1, dead.size());
        assertEquals(queued.id(), dead.get(0).message().analysisId());
        assertEquals(3, dead.get(0).deliveryCount());
    }

    @Test
    void aMessageWhoseWorkersAllDiedIsDeadLetteredNotLost() {
        Analysis queued = submit("user-7", StoreFixtures.sampleDocument(5));
        for (int i = 0; i < 2; i++) {
            // a worker receives it and dies before doing anything
            assertEquals(1, queue.receive(1, Duration.ofMinutes(5)).size());
            clock.advance(Duration.ofMinutes(6));
        }
        try (AnalysisWorker worker = worker().maxDeliveries(2).build()) {
            assertEquals(1, worker.drain());
            assertEquals(1, worker.counts().deadLettered());
        }
        Analysis failed = service.get("user-7", queued.id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, failed.status());
        assertEquals("The analysis was abandoned after 2 attempts; submit the file again.", failed.failureReason());
        assertEquals(1, queue.peekDeadLetters(32).size());
        assertEquals(0, queue.size());
    }

    @Test
    void aSubmissionThatCannotBeQueuedIsMarkedFailedNotLeftWaiting() {
        AnalysisQueue broken = new AnalysisQueue() {
            @Override
            public void send(AnalysisMessage message) {
                throw new StoreException("queue unreachable");
            }

            @Override
            public List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout) {
                throw new StoreException("queue unreachable");
            }

            @Override
            public AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout) {
                throw new StoreException("queue unreachable");
            }

            @Override
            public void complete(AnalysisDelivery delivery) {
                throw new StoreException("queue unreachable");
            }

            @Override
            public void deadLetter(AnalysisDelivery delivery, String reason) {
                throw new StoreException("queue unreachable");
            }

            @Override
            public List<DeadLetter> peekDeadLetters(int maxMessages) {
                throw new StoreException("queue unreachable");
            }
        };
        AnalysisService unqueued = AnalysisService.builder().documentStore(documents).analysisStore(analyses)
                .queue(broken).clock(clock).build();
        assertThrows(StoreException.class, () -> unqueued.submit(AnalysisRequest.builder().owner("user-8")
                .fileName("cv.txt").content(new byte[] {'x'}).jobText("Java").build()));
        Analysis only = analyses.list("user-8", PageRequest.first(10)).items().get(0);
        assertEquals(AnalysisStatus.FAILED, only.status());
        assertEquals("The analysis could not be queued; submit the file again.", only.failureReason());
    }

    @Test
    void rankingStoredAnalysesUsesTheirEmbeddingsInsteadOfEmbeddingAgain() {
        for (int i = 0; i < 6; i++) {
            submit("recruiter", StoreFixtures.sampleDocument(i));
        }
        try (AnalysisWorker worker = worker().build()) {
            assertEquals(6, worker.drain());
        }
        AtomicInteger embeddings = new AtomicInteger();
        TextEmbedder lexical = new LexicalTextEmbedder(SkillNormalizer.createDefault());
        TextEmbedder counting = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                embeddings.incrementAndGet();
                return lexical.embed(text);
            }

            @Override
            public int dimension() {
                return lexical.dimension();
            }

            @Override
            public String name() {
                return lexical.name();
            }
        };
        JobMatcher matcher = JobMatcher.builder().embedder(counting)
                .options(MatchOptions.builder().referenceMonth(YearMonth.of(2026, 11)).build()).build();
        var job = JobDescriptionParser.builder().build().parseText(StoreFixtures.JOB_TEXT);
        List<RankedCandidate> ranked = service.rank("recruiter", job, matcher, RankOptions.all());
        assertEquals(6, ranked.size());
        assertEquals(1, embeddings.get(), "only the job is embedded");
        for (RankedCandidate r : ranked) {
            assertEquals(service.get("recruiter", r.id()).orElseThrow().result().score(), r.result().score(), 1e-9);
        }
        // a blind matcher's space differs: the stored (non-blind) embeddings are not reused
        embeddings.set(0);
        JobMatcher blind = JobMatcher.builder().embedder(counting)
                .options(MatchOptions.builder().blind(true).referenceMonth(YearMonth.of(2026, 11)).build()).build();
        assertEquals(6, service.rank("recruiter", job, blind, RankOptions.all()).size());
        assertEquals(7, embeddings.get());
        assertNotNull(ranked.get(0).result());
    }

    @Test
    void listenersHearEveryStepAndCannotBreakTheWorker() {
        Analysis good = submit("user-10", StoreFixtures.sampleDocument(0));
        Analysis empty = submit("user-10", new byte[0]);
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        AnalysisWorkerListener recording = new AnalysisWorkerListener() {
            @Override
            public void received(AnalysisDelivery delivery) {
                events.add("received " + delivery.message().analysisId());
            }

            @Override
            public void parsed(Analysis analysis, Duration took) {
                assertFalse(took.isNegative());
                events.add("parsed " + analysis.id());
            }

            @Override
            public void matched(Analysis analysis, Duration took) {
                events.add("matched " + analysis.id());
            }

            @Override
            public void handled(AnalysisDelivery delivery, AnalysisWorker.Outcome outcome) {
                events.add(outcome + " " + delivery.message().analysisId());
            }
        };
        AnalysisWorkerListener broken = new AnalysisWorkerListener() {
            @Override
            public void handled(AnalysisDelivery delivery, AnalysisWorker.Outcome outcome) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        try (AnalysisWorker worker = worker().listener(broken).listener(recording).build()) {
            assertEquals(2, worker.drain());
        }
        assertEquals(List.of("received " + good.id(), "parsed " + good.id(), "matched " + good.id(),
                "COMPLETED " + good.id(), "received " + empty.id(), "parsed " + empty.id(), "FAILED " + empty.id()),
                events);
        assertEquals(AnalysisStatus.COMPLETED, service.get("user-10", good.id()).orElseThrow().status());
    }
}
