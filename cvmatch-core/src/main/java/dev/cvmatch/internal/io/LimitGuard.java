package dev.cvmatch.internal.io;

import dev.cvmatch.LimitExceededException;
import dev.cvmatch.document.DocumentLimits;

/** Checks one extraction against its {@link DocumentLimits}. Not thread-safe: one per extraction. Internal. */
public final class LimitGuard {

    private final DocumentLimits limits;
    private final long deadline;

    /**
     * Starts the clock.
     *
     * @param limits the limits
     */
    public LimitGuard(DocumentLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
    }

    /**
     * @param bytes the document size
     */
    public void checkBytes(long bytes) {
        if (bytes > limits.maxBytes()) {
            throw new LimitExceededException("maxBytes", "The document is " + bytes / 1024 + " KiB, more than the "
                    + "limit of " + limits.maxBytes() / 1024 + " KiB; ask for a smaller file or raise the limit");
        }
    }

    /**
     * @param pages the number of pages
     */
    public void checkPages(int pages) {
        if (pages > limits.maxPages()) {
            throw new LimitExceededException("maxPages", "The document has " + pages + " pages, more than the "
                    + "limit of " + limits.maxPages() + "; a CV is rarely more than a few pages");
        }
    }

    /**
     * @param characters the characters extracted so far
     */
    public void checkCharacters(int characters) {
        if (characters > limits.maxCharacters()) {
            throw new LimitExceededException("maxCharacters", "The document holds more than "
                    + limits.maxCharacters() + " characters of text, more than a CV; raise the limit if needed");
        }
    }

    /** Throws when the time budget is spent. */
    public void checkImagePixels(long width, long height) {
        if (width * height > limits.maxImagePixels()) {
            throw new LimitExceededException("maxImagePixels", "The image is " + width + " x " + height
                    + " pixels, more than the limit of " + limits.maxImagePixels() / 1_000_000
                    + " megapixels; ask for a smaller scan or raise the limit");
        }
    }

    public long remainingNanos() {
        return deadline - System.nanoTime();
    }

    public void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new LimitExceededException("timeBudget", "Reading the document took more than "
                    + limits.timeBudget().toMillis() + " ms, the time budget; the file may be malformed or hostile");
        }
    }
}
