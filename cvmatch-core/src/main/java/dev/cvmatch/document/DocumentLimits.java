package dev.cvmatch.document;

import dev.cvmatch.LimitExceededException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one document may cost to read. Exceeding one raises {@link LimitExceededException} naming it.
 *
 * <p>Defaults ({@link #defaults()}): 32 MiB, 50 pages, 1,000,000 extracted characters, 10 seconds. A CV is rarely
 * more than 5 pages and 20,000 characters; the defaults leave room for long academic CVs while stopping hostile or
 * mistaken uploads (a 2,000-page PDF, a book).
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxPages the most pages read (PDF); other formats count one page per form feed or page break
 * @param maxCharacters the most characters extracted
 * @param timeBudget the longest extraction allowed; checked between pages and every few thousand glyphs, so a
 *     document stops within a small fraction of a second after the budget
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters, Duration timeBudget) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DocumentLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The default limits.
     *
     * @return 32 MiB, 50 pages, 1,000,000 characters, 10 seconds
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DocumentTextExtractor.DEFAULT_MAX_BYTES, 50, 1_000_000, Duration.ofSeconds(10));
    }

    /**
     * A copy with another page limit.
     *
     * @param pages the most pages
     * @return new limits
     */
    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxBytes, pages, maxCharacters, timeBudget);
    }

    /**
     * A copy with another character limit.
     *
     * @param characters the most characters
     * @return new limits
     */
    public DocumentLimits withMaxCharacters(int characters) {
        return new DocumentLimits(maxBytes, maxPages, characters, timeBudget);
    }

    /**
     * A copy with another byte limit.
     *
     * @param bytes the largest document
     * @return new limits
     */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, maxCharacters, timeBudget);
    }

    /**
     * A copy with another time budget.
     *
     * @param budget the longest extraction
     * @return new limits
     */
    public DocumentLimits withTimeBudget(Duration budget) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, budget);
    }
}
