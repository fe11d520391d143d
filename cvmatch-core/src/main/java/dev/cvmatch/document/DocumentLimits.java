package dev.cvmatch.document;

import dev.cvmatch.LimitExceededException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one document may cost to read. Exceeding one raises {@link LimitExceededException} naming it.
 *
 * <p>Defaults ({@link #defaults()}): 32 MiB, 50 pages, 1,000,000 extracted characters, 10 seconds, 60 megapixels per
 * image, 64 MiB decoded. A CV is rarely more than 5 pages and 20,000 characters; the defaults leave room for long
 * academic CVs while stopping hostile or mistaken uploads (a 2,000-page PDF, a book, a decompression bomb). The time
 * budget includes OCR, which takes one to two seconds per scanned page.
 *
 * <p>The decoded-bytes budget ({@code maxDecodedBytes}) is what keeps memory bounded: a few kilobytes of Flate data
 * can inflate to gigabytes. It is enforced while decoding, before the bytes are held anywhere:
 * <ul>
 *   <li>PDF: every stream, whatever it holds (page content, forms, annotation appearances, fonts, images, object and
 *       cross-reference streams, embedded files), may decode to at most this, through all of its filters; and all
 *       streams that are not images together may decode to at most this (images are bounded one by one, and by
 *       {@code maxImagePixels} from their declared and their real dimensions);</li>
 *   <li>DOCX and ODT: all entries of the archive together.</li>
 * </ul>
 * A typical CV decodes to a few megabytes (fonts, a photo); the default leaves room for a long CV with embedded
 * fonts and images while keeping one extraction well under 256 MB of heap.
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxPages the most pages read (PDF); other formats count one page per form feed or page break
 * @param maxCharacters the most characters extracted
 * @param timeBudget the longest extraction allowed; checked between pages and every few thousand glyphs or drawing
 *     operators, so a document stops within a small fraction of a second after the budget (OCR is checked between
 *     pages)
 * @param maxImagePixels the largest image (PNG, JPEG) accepted, in pixels, checked from the image header before it
 *     is decoded; larger images are refused, smaller ones are downsampled before OCR as needed
 * @param maxDecodedBytes the most bytes the compressed parts of a document may decode to (see above)
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters, Duration timeBudget,
        long maxImagePixels, long maxDecodedBytes) {

    /** The default decoded-bytes budget: 64 MiB. */
    public static final long DEFAULT_MAX_DECODED_BYTES = 64L * 1024 * 1024;

    /**
     * Validates.
     *
     * @param maxBytes the largest document accepted, in bytes
     * @param maxPages the most pages read (PDF); other formats count one page per form feed or page break
     * @param maxCharacters the most characters extracted
     * @param timeBudget the longest extraction allowed; checked between pages and every few thousand glyphs or drawing
     *     operators, so a document stops within a small fraction of a second after the budget (OCR is checked between
     *     pages)
     * @param maxImagePixels the largest image (PNG, JPEG) accepted, in pixels, checked from the image header before it
     *     is decoded; larger images are refused, smaller ones are downsampled before OCR as needed
     * @param maxDecodedBytes the most bytes the compressed parts of a document may decode to
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DocumentLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0 || timeBudget.isNegative() || timeBudget.isZero()
                || maxImagePixels <= 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Creates limits with the decoded-bytes budget derived from the byte limit: twice {@code maxBytes}, and at least
     * {@value #DEFAULT_MAX_DECODED_BYTES} bytes (the budget of earlier versions, which had no such parameter).
     *
     * @param maxBytes the largest document accepted, in bytes
     * @param maxPages the most pages read
     * @param maxCharacters the most characters extracted
     * @param timeBudget the longest extraction allowed
     * @param maxImagePixels the largest image accepted, in pixels
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DocumentLimits(long maxBytes, int maxPages, int maxCharacters, Duration timeBudget, long maxImagePixels) {
        this(maxBytes, maxPages, maxCharacters, timeBudget, maxImagePixels,
                Math.max(DEFAULT_MAX_DECODED_BYTES, maxBytes > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * maxBytes));
    }

    /**
     * The default limits.
     *
     * @return 32 MiB, 50 pages, 1,000,000 characters, 10 seconds, 60 megapixels, 64 MiB decoded
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DocumentTextExtractor.DEFAULT_MAX_BYTES, 50, 1_000_000, Duration.ofSeconds(10),
                60_000_000L, DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * A copy with another page limit.
     *
     * @param pages the most pages
     * @return new limits
     */
    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxBytes, pages, maxCharacters, timeBudget, maxImagePixels, maxDecodedBytes);
    }

    /**
     * A copy with another character limit.
     *
     * @param characters the most characters
     * @return new limits
     */
    public DocumentLimits withMaxCharacters(int characters) {
        return new DocumentLimits(maxBytes, maxPages, characters, timeBudget, maxImagePixels, maxDecodedBytes);
    }

    /**
     * A copy with another byte limit.
     *
     * @param bytes the largest document
     * @return new limits
     */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, maxCharacters, timeBudget, maxImagePixels, maxDecodedBytes);
    }

    /**
     * A copy with another time budget.
     *
     * @param budget the longest extraction
     * @return new limits
     */
    public DocumentLimits withTimeBudget(Duration budget) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, budget, maxImagePixels, maxDecodedBytes);
    }

    /**
     * A copy with another image size limit.
     *
     * @param pixels the largest image accepted, in pixels (width times height)
     * @return the new limits
     */
    public DocumentLimits withMaxImagePixels(long pixels) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, timeBudget, pixels, maxDecodedBytes);
    }

    /**
     * A copy with another decoded-bytes budget.
     *
     * @param bytes the most bytes one PDF stream, the non-image PDF streams together, or a DOCX/ODT archive may
     *     decode to
     * @return the new limits
     */
    public DocumentLimits withMaxDecodedBytes(long bytes) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, timeBudget, maxImagePixels, bytes);
    }
}
