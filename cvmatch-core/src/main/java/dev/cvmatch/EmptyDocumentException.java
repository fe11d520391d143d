package dev.cvmatch;

/**
 * Thrown when the file is empty, or the document holds no text that can be extracted (for example a scanned PDF without a text layer).
 */
public class EmptyDocumentException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in words a user can act on
     */
    public EmptyDocumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the exception raised by the underlying library
     */
    public EmptyDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
