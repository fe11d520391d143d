package dev.cvmatch.testing;

import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisPage;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link AnalysisStore} decorator that counts the writes that succeeded, by resulting status, and times each
 * analysis from its last move to PROCESSING to its final state: what the fault and load tests assert on ("exactly one
 * completed write per analysis") and report.
 */
public final class RecordingAnalysisStore implements AnalysisStore {

    private final AnalysisStore delegate;
    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    private final Map<String, Long> processingSince = new ConcurrentHashMap<>();
    private final Map<String, Long> processingNanos = new ConcurrentHashMap<>();

    /**
     * Wraps a store.
     *
     * @param delegate the store that keeps the analyses
     */
    public RecordingAnalysisStore(AnalysisStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Analysis create(Analysis analysis) {
        return delegate.create(analysis);
    }

    @Override
    public Optional<Analysis> get(String owner, String id) {
        return delegate.get(owner, id);
    }

    @Override
    public Analysis update(Analysis analysis) {
        Analysis stored = delegate.update(analysis);
        long now = System.nanoTime();
        if (stored.status() == AnalysisStatus.PROCESSING) {
            processingSince.put(stored.id(), now);
        } else if (stored.status().isTerminal()) {
            if (stored.status() == AnalysisStatus.COMPLETED) {
                completions.computeIfAbsent(stored.id(), id -> new AtomicInteger()).incrementAndGet();
            }
            Long since = processingSince.get(stored.id());
            if (since != null) {
                processingNanos.put(stored.id(), now - since);
            }
        }
        return stored;
    }

    @Override
    public AnalysisPage list(String owner, PageRequest page) {
        return delegate.list(owner, page);
    }

    @Override
    public boolean delete(String owner, String id) {
        return delegate.delete(owner, id);
    }

    /**
     * How many successful writes set this analysis COMPLETED.
     *
     * @param id the analysis id
     * @return the count
     */
    public int completions(String id) {
        AtomicInteger n = completions.get(id);
        return n == null ? 0 : n.get();
    }

    /**
     * How many analyses have been set COMPLETED at least once.
     *
     * @return the number of analyses
     */
    public int completedAnalyses() {
        return completions.size();
    }

    /**
     * How many analyses reached a final state (COMPLETED or FAILED) after a PROCESSING write.
     *
     * @return the number of analyses
     */
    public int finishedAnalyses() {
        return processingNanos.size();
    }

    /**
     * Every analysis's processing time (last PROCESSING write to its final write).
     *
     * @return the durations, in no particular order
     */
    public List<Duration> processingTimes() {
        List<Duration> out = new ArrayList<>();
        processingNanos.values().forEach(n -> out.add(Duration.ofNanos(n)));
        return out;
    }
}
