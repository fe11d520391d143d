package dev.cvmatch.functions;

/**
 * Thrown by {@link AnalyseCvFunction} when an analysis could not be finished for a transient reason (storage or
 * database unreachable): the Functions host makes the message visible again and delivers it later.
 */
public final class AnalysisRetryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be finished
     */
    public AnalysisRetryException(String message) {
        super(message);
    }
}
