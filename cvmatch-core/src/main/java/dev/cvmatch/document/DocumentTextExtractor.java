package dev.cvmatch.document;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.internal.io.BoundedReader;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Turns the bytes of a document into an {@link ExtractedDocument}: pages of positioned lines in reading order.
 *
 * <p>This is the extension point for other text sources (OCR, Azure AI Document Intelligence): whatever produces
 * an {@link ExtractedDocument} can feed the same CV parser. Implementations must be thread-safe and must not close
 * streams they did not open.
 *
 * <p>Failures on the document itself are reported as subclasses of {@link CvMatchException}:
 * {@link dev.cvmatch.UnsupportedFormatException}, {@link dev.cvmatch.EncryptedDocumentException},
 * {@link dev.cvmatch.CorruptDocumentException}, {@link EmptyDocumentException}.
 */
public interface DocumentTextExtractor {

    /** Default maximum size of a document read by the convenience methods: 32 MiB. */
    long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /**
     * Extracts the text of a document.
     *
     * @param content the whole document
     * @return the extracted document; never {@code null}
     * @throws CvMatchException if the document cannot be read
     * @throws NullPointerException if content is null
     */
    ExtractedDocument extract(byte[] content);

    /**
     * Reads a stream to its end (up to {@link #DEFAULT_MAX_BYTES}) and extracts its text. The stream is not closed.
     *
     * @param in the document
     * @return the extracted document
     * @throws CvMatchException if the document cannot be read; {@link dev.cvmatch.LimitExceededException} if it is
     *     larger than the limit
     */
    default ExtractedDocument extract(InputStream in) {
        return extract(BoundedReader.readAll(in, DEFAULT_MAX_BYTES));
    }

    /**
     * Reads a file (up to {@link #DEFAULT_MAX_BYTES}) and extracts its text. The format is detected from the bytes,
     * not from the file name.
     *
     * @param path the document
     * @return the extracted document
     * @throws CvMatchException if the document cannot be read or is larger than the limit
     * @throws dev.cvmatch.DocumentNotFoundException if the file does not exist or is a directory
     * @throws java.io.UncheckedIOException if the file exists but cannot be read (permissions, I/O error)
     */
    default ExtractedDocument extract(Path path) {
        return extract(BoundedReader.readAll(path, DEFAULT_MAX_BYTES));
    }

    /**
     * The embedded default: detects the format from the bytes and dispatches to PDFBox (PDF), Apache POI (DOCX), the
     * OpenDocument reader (ODT) or the plain-text reader (TXT), under {@link DocumentLimits#defaults()}; configure
     * another with {@link AutoDetectTextExtractor#builder()}.
     *
     * @return a thread-safe extractor
     */
    static DocumentTextExtractor defaults() {
        return AutoDetectTextExtractor.builder().build();
    }

    /**
     * The embedded default.
     *
     * @return {@link #defaults()}
     * @deprecated use {@link #defaults()}, the name every cvmatch default has; kept so that code written for
     *     0.1 compiles
     */
    @Deprecated(since = "0.2")
    static DocumentTextExtractor createDefault() {
        return defaults();
    }
}
