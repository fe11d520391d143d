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
     * @param bytes the bytes inflated so far from a zipped document (DOCX, ODT), all entries together
     */
    public void checkUnzippedBytes(long bytes) {
        checkDecodedBytes(bytes, "The document unpacks");
    }

    /**
     * Checks bytes decoded from a compressed part against {@link DocumentLimits#maxDecodedBytes()}.
     *
     * @param bytes the bytes decoded so far
     * @param what what decodes, the start of the message ("A PDF stream (object 12) decodes")
     */
    public void checkDecodedBytes(long bytes, String what) {
        if (bytes > limits.maxDecodedBytes()) {
            throw new LimitExceededException("maxDecodedBytes", what + " to more than "
                    + mebibytes(limits.maxDecodedBytes()) + ", far more than a CV (a decompression bomb?); "
                    + "raise the decoded-bytes limit if the file is genuine");
        }
    }

    /** @return the decoded-bytes budget */
    public long maxDecodedBytes() {
        return limits.maxDecodedBytes();
    }

    private static String mebibytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
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
