package dev.cvmatch.store;

/**
 * A delivery's receipt no longer holds its message: the visibility timeout expired and the message was received
 * again (by another worker), or it was already completed or dead-lettered. The holder of the current receipt is
 * responsible for the message now.
 */
public class MessageLostException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which delivery was lost
     */
    public MessageLostException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message which delivery was lost
     * @param cause the service's error
     */
    public MessageLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
