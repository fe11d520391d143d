package dev.cvmatch;

/**
 * Root of every exception cvmatch throws for a document it cannot process.
 *
 * <p>All cvmatch exceptions are unchecked. Bad arguments (a {@code null} path, a negative limit) raise the usual JDK
 * exceptions ({@link NullPointerException}, {@link IllegalArgumentException}); problems with the <em>document</em>
 * raise a subclass of this class whose message can be shown to a recruiter as is:
 * <ul>
 *   <li>{@link UnsupportedFormatException}: the bytes are not a format cvmatch reads (JPEG named {@code .pdf}, ZIP, ...);</li>
 *   <li>{@link EncryptedDocumentException}: the document needs a password to be opened;</li>
 *   <li>{@link CorruptDocumentException}: the document is truncated or damaged;</li>
 *   <li>{@link EmptyDocumentException}: the file is empty or holds no extractable text;</li>
 *   <li>{@link LimitExceededException}: the document is larger, longer or slower to read than the configured
 *       {@link dev.cvmatch.document.DocumentLimits}.</li>
 * </ul>
 */
public class CvMatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in words a user can act on
     */
    public CvMatchException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the underlying cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the exception raised by the underlying library
     */
    public CvMatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
