package dev.cvmatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisPage;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.PageRequest;
import dev.cvmatch.store.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AnalysisStore} must do: extend this class in the provider's tests and return the store under
 * test (in-memory and JDBC on H2 and PostgreSQL in cvmatch-core, Cosmos DB in cvmatch-azure). Tests use random
 * owners, so the store may be shared between tests.
 */
public abstract class AnalysisStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00.123Z");

    /**
     * The store under test.
     *
     * @return the store
     */
    protected abstract AnalysisStore store();

    @Test
    void createThenGetGivesTheAnalysisBack() {
        AnalysisStore store = store();
        Analysis queued = StoreFixtures.queued(StoreFixtures.owner(), T0);
        Analysis created = store.create(queued);
        assertEquals(1, created.version());
        assertEquals(queued.withVersion(1), created);
        assertEquals(created, store.get(queued.owner(), queued.id()).orElseThrow());
    }

    @Test
    void aCompletedAnalysisIsReadBackWhole() {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        Analysis completed = StoreFixtures.completed(created, 0, T0.plusSeconds(3));
        Analysis stored = store.update(completed);
        Analysis read = store.get(created.owner(), created.id()).orElseThrow();
        assertEquals(2, read.version());
        assertEquals(stored, read);
        assertEquals(completed.cv(), read.cv());
        assertEquals(completed.job(), read.job());
        assertEquals(completed.result(), read.result());
        assertEquals(completed.cvEmbedding(), read.cvEmbedding());
        assertEquals(AnalysisStatus.COMPLETED, read.status());
        assertEquals(1, read.attempts());
    }

    @Test
    void aFailedAnalysisKeepsItsReason() {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        String reason = "The PDF is encrypted: it needs a password to be opened. « é » 中文";
        store.update(created.processing(T0.plusSeconds(1)).failed(reason, T0.plusSeconds(2)));
        Analysis read = store.get(created.owner(), created.id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, read.status());
        assertEquals(reason, read.failureReason());
        assertNull(read.cv());
    }

    @Test
    void anIdIsCreatedOnce() {
        AnalysisStore store = store();
        Analysis queued = StoreFixtures.queued(StoreFixtures.owner(), T0);
        store.create(queued);
        assertThrows(VersionConflictException.class, () -> store.create(queued));
        assertThrows(IllegalArgumentException.class,
                () -> store.create(StoreFixtures.queued(queued.owner(), T0).withVersion(3)));
    }

    @Test
    void anotherOwnerSeesNothing() {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        String intruder = StoreFixtures.owner();
        assertTrue(store.get(intruder, created.id()).isEmpty());
        assertTrue(store.list(intruder, PageRequest.first(10)).items().isEmpty());
        assertFalse(store.delete(intruder, created.id()));
        assertTrue(store.get(created.owner(), created.id()).isPresent());
    }

    @Test
    void updatesAreConditionalOnTheVersion() {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        Analysis processing = store.update(created.processing(T0.plusSeconds(1)));
        assertEquals(2, processing.version());
        // a second writer that read version 1 loses
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> store.update(created.failed("late", T0.plusSeconds(2))));
        assertEquals(created.id(), e.analysisId());
        assertEquals(processing, store.get(created.owner(), created.id()).orElseThrow());
        Analysis completed = store.update(StoreFixtures.completed(processing, 1, T0.plusSeconds(3)));
        assertEquals(3, completed.version());
    }

    @Test
    void updatingADeletedAnalysisConflicts() {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        assertTrue(store.delete(created.owner(), created.id()));
        assertThrows(VersionConflictException.class, () -> store.update(created.processing(T0)));
        assertTrue(store.get(created.owner(), created.id()).isEmpty());
        assertFalse(store.delete(created.owner(), created.id()));
    }

    @Test
    void ofConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
        AnalysisStore store = store();
        Analysis created = store.create(StoreFixtures.queued(StoreFixtures.owner(), T0));
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Instant at = T0.plusSeconds(10 + i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.update(created.processing(at));
                        return true;
                    } catch (VersionConflictException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : results) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
            assertEquals(2, store.get(created.owner(), created.id()).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listIsNewestFirstAndPagesWithoutGapsOrRepeats() {
        AnalysisStore store = store();
        String owner = StoreFixtures.owner();
        List<Analysis> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(store.create(StoreFixtures.queued(owner, T0.plusSeconds(i))));
        }
        // two analyses in the same millisecond are ordered by id
        created.add(store.create(StoreFixtures.queued(owner, T0.plusSeconds(3))));
        store.create(StoreFixtures.queued(StoreFixtures.owner(), T0.plusSeconds(100)));
        List<Analysis> expected = created.stream()
                .sorted(Comparator.comparing(Analysis::createdAt).thenComparing(Analysis::id).reversed()).toList();

        List<Analysis> seen = new ArrayList<>();
        AnalysisPage page = store.list(owner, PageRequest.first(3));
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            sizes.add(page.items().size());
            seen.addAll(page.items());
            if (page.nextToken() == null) {
                break;
            }
            page = store.list(owner, page.next(3).orElseThrow());
        }
        assertEquals(List.of(3, 3, 2), sizes);
        assertEquals(expected.stream().map(Analysis::id).toList(), seen.stream().map(Analysis::id).toList());
        assertEquals(expected.stream().map(Analysis::id).toList(),
                store.stream(owner, 2).map(Analysis::id).toList());
    }

    @Test
    void anAnalysisCreatedBetweenPagesDoesNotShiftThem() {
        AnalysisStore store = store();
        String owner = StoreFixtures.owner();
        for (int i = 0; i < 4; i++) {
            store.create(StoreFixtures.queued(owner, T0.plusSeconds(i)));
        }
        AnalysisPage first = store.list(owner, PageRequest.first(2));
        store.create(StoreFixtures.queued(owner, T0.plusSeconds(60)));
        AnalysisPage second = store.list(owner, first.next(2).orElseThrow());
        assertEquals(List.of(T0.plusSeconds(1), T0), second.items().stream().map(Analysis::createdAt).toList());
        assertNull(second.nextToken());
    }

    @Test
    void anExactPageHasNoNextToken() {
        AnalysisStore store = store();
        String owner = StoreFixtures.owner();
        store.create(StoreFixtures.queued(owner, T0));
        store.create(StoreFixtures.queued(owner, T0.plusSeconds(1)));
        AnalysisPage page = store.list(owner, PageRequest.first(2));
        assertEquals(2, page.items().size());
        assertNull(page.nextToken());
        AnalysisPage none = store.list(StoreFixtures.owner(), PageRequest.first(5));
        assertTrue(none.items().isEmpty());
        assertNull(none.nextToken());
    }

    @Test
    void aForgedPageTokenIsRefused() {
        AnalysisStore store = store();
        assertThrows(IllegalArgumentException.class,
                () -> store.list(StoreFixtures.owner(), new PageRequest(5, "not-a-token")));
    }

    @Test
    void completedAnalysesRankWithTheirStoredEmbeddings() {
        AnalysisStore store = store();
        String owner = StoreFixtures.owner();
        for (int i = 0; i < 6; i++) {
            Analysis created = store.create(StoreFixtures.queued(owner, T0.plusSeconds(i)));
            store.update(StoreFixtures.completed(created, i, T0.plusSeconds(i + 1)));
        }
        List<Analysis> stored = store.stream(owner, 4).toList();
        assertEquals(6, stored.size());
        stored.forEach(a -> assertNotNull(a.cvEmbedding(), a.id()));
        var ranked = StoreFixtures.MATCHER.rank(stored.stream().map(Analysis::toCandidate),
                stored.get(0).job(), dev.cvmatch.match.RankOptions.all());
        assertEquals(6, ranked.size());
        for (var r : ranked) {
            Analysis a = stored.stream().filter(s -> s.id().equals(r.id())).findFirst().orElseThrow();
            assertEquals(a.result().score(), r.result().score(), 1e-9, "ranking a stored analysis scores as when "
                    + "it was analysed");
        }
    }
}
