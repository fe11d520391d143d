package dev.cvmatch;

/**
 * Thrown when the bytes are not in a format cvmatch can read (for example a JPEG image renamed {@code .pdf}, a legacy {@code .doc} file or an archive).
 */
public class UnsupportedFormatException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in words a user can act on
     */
    public UnsupportedFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the exception raised by the underlying library
     */
    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
