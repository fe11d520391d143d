package dev.cvmatch.store;

import dev.cvmatch.CvMatchException;

/**
 * A document store, analysis store or queue could not do what was asked: the database, the file system or the
 * service failed. The cause is the underlying exception ({@link java.sql.SQLException},
 * {@link java.io.IOException}, the cloud SDK's). Usually transient: the worker leaves the message for another
 * delivery.
 */
public class StoreException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the underlying cause.
     *
     * @param message what failed
     * @param cause the underlying exception
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
