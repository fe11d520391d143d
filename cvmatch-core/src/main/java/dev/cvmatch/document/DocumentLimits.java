package dev.cvmatch.document;

import dev.cvmatch.LimitExceededException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one document may cost to read. Exceeding one raises {@link LimitExceededException} naming it.
 *
 * <p>Defaults ({@link #defaults()}): 32 MiB, 50 pages, 1,000,000 extracted characters, 10 seconds, 60 megapixels per
 * image. A CV is rarely more than 5 pages and 20,000 characters; the defaults leave room for long academic CVs while
 * stopping hostile or mistaken uploads (a 2,000-page PDF, a book, a decompression-bomb image). The time budget
 * includes OCR, which takes one to two seconds per scanned page.
 *
 * @param maxBytes the largest document accepted, in bytes; a DOCX or ODT may unpack to twice this, and at least
 *     to 64 MiB
 * @param maxPages the most pages read (PDF); other formats count one page per form feed or page break
 * @param maxCharacters the most characters extracted
 * @param timeBudget the longest extraction allowed; checked between pages and every few thousand glyphs or drawing
 *     operators, so a document stops within a small fraction of a second after the budget (OCR is checked between
 *     pages)
 * @param maxImagePixels the largest image (PNG, JPEG) accepted, in pixels, checked from the image header before it
 *     is decoded; larger images are refused, smaller ones are downsampled before OCR as needed
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters, Duration timeBudget,
        long maxImagePixels) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DocumentLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0 || timeBudget.isNegative() || timeBudget.isZero()
                || maxImagePixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The default limits.
     *
     * @return 32 MiB, 50 pages, 1,000,000 characters, 10 seconds, 60 megapixels
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DocumentTextExtractor.DEFAULT_MAX_BYTES, 50, 1_000_000, Duration.ofSeconds(10),
                60_000_000L);
    }

    /**
     * A copy with another page limit.
     *
     * @param pages the most pages
     * @return new limits
     */
    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxBytes, pages, maxCharacters, timeBudget, maxImagePixels);
    }

    /**
     * A copy with another character limit.
     *
     * @param characters the most characters
     * @return new limits
     */
    public DocumentLimits withMaxCharacters(int characters) {
        return new DocumentLimits(maxBytes, maxPages, characters, timeBudget, maxImagePixels);
    }

    /**
     * A copy with another byte limit.
     *
     * @param bytes the largest document
     * @return new limits
     */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, maxCharacters, timeBudget, maxImagePixels);
    }

    /**
     * A copy with another time budget.
     *
     * @param budget the longest extraction
     * @return new limits
     */
    public DocumentLimits withTimeBudget(Duration budget) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, budget, maxImagePixels);
    }

    /**
     * A copy with another image size limit.
     *
     * @param pixels the largest image accepted, in pixels (width times height)
     * @return the new limits
     */
    public DocumentLimits withMaxImagePixels(long pixels) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, timeBudget, pixels);
    }
}
