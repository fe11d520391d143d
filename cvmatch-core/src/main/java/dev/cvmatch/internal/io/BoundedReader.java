package dev.cvmatch.internal.io;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.DocumentNotFoundException;
import dev.cvmatch.LimitExceededException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Reads streams and files fully, refusing content larger than a limit. Internal. */
public final class BoundedReader {

    private BoundedReader() {
    }

    /**
     * Reads a stream to its end.
     *
     * @param in the stream, not closed
     * @param maxBytes the limit
     * @return the bytes
     */
    public static byte[] readAll(InputStream in, long maxBytes) {
        Objects.requireNonNull(in, "in");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the document stream", e);
        }
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @param maxBytes the limit
     * @return the bytes
     * @throws DocumentNotFoundException if the file does not exist or is a directory
     * @throws LimitExceededException if the file is larger than the limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public static byte[] readAll(Path path, long maxBytes) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            throw new DocumentNotFoundException(path.toString(), path + " is a directory, not a document", null);
        }
        try {
            if (Files.size(path) > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readAll(in, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(path.toString(), "No such file: " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    private static CvMatchException tooLarge(long maxBytes) {
        return new LimitExceededException("maxBytes", "The document is larger than the limit of "
                + maxBytes / 1024 + " KiB; ask for a smaller file or raise the limit");
    }
}
