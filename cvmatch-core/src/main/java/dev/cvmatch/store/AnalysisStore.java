package dev.cvmatch.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Keeps {@link Analysis analyses}, by owner, with optimistic concurrency: every write names the version it read,
 * and fails with {@link VersionConflictException} if the stored analysis has changed since. That is what keeps an
 * analysis delivered twice (a worker died, another took over) completed once.
 *
 * <p>Embedded implementations: {@link InMemoryAnalysisStore} and {@link JdbcAnalysisStore} (H2, PostgreSQL).
 * {@code cvmatch-azure} provides Cosmos DB. Implementations are thread-safe; their contract is tested by
 * {@code AnalysisStoreContract} in the core test-jar.
 */
public interface AnalysisStore {

    /**
     * Stores a new analysis.
     *
     * @param analysis the analysis, of version 0
     * @return the stored analysis, of version 1
     * @throws IllegalArgumentException if the analysis's version is not 0
     * @throws VersionConflictException if an analysis with this id exists
     * @throws StoreException if the store could not be written
     */
    Analysis create(Analysis analysis);

    /**
     * Reads an analysis.
     *
     * @param owner who it belongs to
     * @param id its id
     * @return the analysis, or empty if this owner has none with this id
     * @throws StoreException if the store could not be read
     */
    Optional<Analysis> get(String owner, String id);

    /**
     * Replaces an analysis if its stored version is still {@code analysis.version()}.
     *
     * @param analysis the new state, carrying the version it was derived from
     * @return the stored analysis, of the next version
     * @throws VersionConflictException if the stored version differs, or the analysis was deleted
     * @throws StoreException if the store could not be written
     */
    Analysis update(Analysis analysis);

    /**
     * Lists an owner's analyses, newest first (by creation time, then id).
     *
     * @param owner who they belong to
     * @param page the page to read
     * @return the page
     * @throws IllegalArgumentException if the page token is not one this store returned for this owner
     * @throws StoreException if the store could not be read
     */
    AnalysisPage list(String owner, PageRequest page);

    /**
     * Deletes an analysis.
     *
     * @param owner who it belongs to
     * @param id its id
     * @return whether an analysis was deleted
     * @throws StoreException if the store could not be written
     */
    boolean delete(String owner, String id);

    /**
     * All an owner's analyses, newest first, read lazily page by page (e.g. to rank the completed ones with
     * {@link Analysis#toCandidate()}).
     *
     * @param owner who they belong to
     * @param pageSize how many to read at a time
     * @return a sequential stream; reading it may throw {@link StoreException}
     */
    default Stream<Analysis> stream(String owner, int pageSize) {
        Objects.requireNonNull(owner, "owner");
        PageRequest first = PageRequest.first(pageSize);
        Iterator<Analysis> iterator = new Iterator<>() {
            private Iterator<Analysis> current = java.util.Collections.emptyIterator();
            private PageRequest next = first;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next != null) {
                    AnalysisPage page = list(owner, next);
                    current = page.items().iterator();
                    next = page.next(pageSize).orElse(null);
                }
                return current.hasNext();
            }

            @Override
            public Analysis next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
