package dev.cvmatch.store;

import dev.cvmatch.internal.store.PageTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@link AnalysisStore} in the heap: for tests, demos and single-process tools. Everything is lost when the JVM
 * stops; for an embedded store that lasts, use {@link JdbcAnalysisStore} on an H2 file. Listing a page costs
 * O(log n + page size). Thread-safe.
 */
public final class InMemoryAnalysisStore implements AnalysisStore {

    /** Newest first, then id descending: the order of {@link #list}. */
    private record SortKey(long createdAt, String id) {
    }

    private static final Comparator<SortKey> NEWEST_FIRST = Comparator.comparingLong(SortKey::createdAt).reversed()
            .thenComparing(SortKey::id, Comparator.reverseOrder());

    private final Map<String, Analysis> byId = new HashMap<>();
    private final Map<String, NavigableMap<SortKey, String>> byOwner = new HashMap<>();

    /** An empty store. */
    public InMemoryAnalysisStore() {
    }

    @Override
    public synchronized Analysis create(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        if (analysis.version() != 0) {
            throw new IllegalArgumentException("a new analysis has version 0, not " + analysis.version());
        }
        if (byId.containsKey(analysis.id())) {
            throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " exists");
        }
        Analysis stored = analysis.withVersion(1);
        byId.put(stored.id(), stored);
        byOwner.computeIfAbsent(stored.owner(), o -> new TreeMap<>(NEWEST_FIRST))
                .put(new SortKey(stored.createdAt().toEpochMilli(), stored.id()), stored.id());
        return stored;
    }

    @Override
    public synchronized Optional<Analysis> get(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        Analysis analysis = byId.get(id);
        return analysis != null && analysis.owner().equals(owner) ? Optional.of(analysis) : Optional.empty();
    }

    @Override
    public synchronized Analysis update(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Analysis current = byId.get(analysis.id());
        if (current == null || !current.owner().equals(analysis.owner())) {
            throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " does not exist");
        }
        if (current.version() != analysis.version()) {
            throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " is at version "
                    + current.version() + ", not " + analysis.version());
        }
        if (!current.createdAt().equals(analysis.createdAt())) {
            throw new IllegalArgumentException("the creation time of an analysis does not change");
        }
        Analysis stored = analysis.withVersion(current.version() + 1);
        byId.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized AnalysisPage list(String owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
        NavigableMap<SortKey, String> ids = byOwner.getOrDefault(owner, new TreeMap<>(NEWEST_FIRST));
        if (page.token() != null) {
            PageTokens.Position after = PageTokens.decode(page.token());
            ids = ids.tailMap(new SortKey(after.createdAt().toEpochMilli(), after.id()), false);
        }
        List<Analysis> items = new ArrayList<>(Math.min(page.size(), ids.size()));
        boolean more = false;
        for (String id : ids.values()) {
            if (items.size() == page.size()) {
                more = true;
                break;
            }
            items.add(byId.get(id));
        }
        Analysis last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new AnalysisPage(items, more ? PageTokens.encode(last.createdAt(), last.id()) : null);
    }

    @Override
    public synchronized boolean delete(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        Analysis analysis = byId.get(id);
        if (analysis == null || !analysis.owner().equals(owner)) {
            return false;
        }
        byId.remove(id);
        NavigableMap<SortKey, String> ids = byOwner.get(owner);
        ids.remove(new SortKey(analysis.createdAt().toEpochMilli(), id));
        if (ids.isEmpty()) {
            byOwner.remove(owner);
        }
        return true;
    }
}
