package dev.cvmatch;

/**
 * Thrown when the document is protected by a password that is needed to open it. PDFs restricted only by an owner password (printing, copying) are read normally and do not raise this exception.
 */
public class EncryptedDocumentException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in words a user can act on
     */
    public EncryptedDocumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the exception raised by the underlying library
     */
    public EncryptedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
