package dev.cvmatch;

/**
 * Thrown when a document to read from a file does not exist, or is not a regular file (a directory).
 *
 * <p>Unlike the other subclasses of {@link CvMatchException}, this is rarely the fault of whoever sent the document:
 * the message names the path, so show it to an operator, not to an end user. Other failures to read a file or a
 * stream (permissions, I/O errors) remain {@link java.io.UncheckedIOException}s.
 */
public class DocumentNotFoundException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /** The path that was asked for. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the path that was asked for, as given
     * @param message what went wrong
     * @param cause the I/O exception, or {@code null}
     */
    public DocumentNotFoundException(String path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /**
     * The path that was asked for.
     *
     * @return the path, as given
     */
    public String path() {
        return path;
    }
}
