package dev.cvmatch;

/**
 * Thrown when the document is truncated or damaged so that it cannot be read.
 */
public class CorruptDocumentException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in words a user can act on
     */
    public CorruptDocumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the exception raised by the underlying library
     */
    public CorruptDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
