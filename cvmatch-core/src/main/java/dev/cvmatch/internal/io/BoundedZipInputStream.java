package dev.cvmatch.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * A {@link ZipInputStream} over a document's bytes that stops decompression bombs: every byte inflated, including the
 * bytes of the entries skipped by {@link #getNextEntry()} and {@link #closeEntry()}, counts against
 * {@link LimitGuard#checkUnzippedBytes(long)}, and the time budget is checked as the stream is read. Internal.
 */
public final class BoundedZipInputStream extends ZipInputStream {

    private final LimitGuard guard;
    private long inflated;
    private int reads;

    /**
     * Opens the archive.
     *
     * @param content the zip bytes
     * @param guard the limits of this extraction
     */
    public BoundedZipInputStream(byte[] content, LimitGuard guard) {
        super(new ByteArrayInputStream(content));
        this.guard = guard;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len); // ZipInputStream skips entries through this method too
        if (n > 0) {
            inflated += n;
            guard.checkUnzippedBytes(inflated);
            if ((++reads & 0xFF) == 0) {
                guard.checkTime();
            }
        }
        return n;
    }
}
