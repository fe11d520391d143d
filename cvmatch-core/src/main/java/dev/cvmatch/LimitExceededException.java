package dev.cvmatch;

/**
 * Thrown when a document exceeds one of the {@link dev.cvmatch.document.DocumentLimits}: too many bytes, pages or
 * characters, or more time than the budget. {@link #limit()} names the limit.
 */
public class LimitExceededException extends CvMatchException {

    private static final long serialVersionUID = 1L;

    /** The name of the limit exceeded. */
    private final String limit;

    /**
     * Creates the exception.
     *
     * @param limit the limit's name: {@code maxBytes}, {@code maxPages}, {@code maxCharacters} or {@code timeBudget}
     * @param message what went wrong, in words a user can act on
     */
    public LimitExceededException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    /**
     * The limit that was exceeded.
     *
     * @return {@code maxBytes}, {@code maxPages}, {@code maxCharacters} or {@code timeBudget}
     */
    public String limit() {
        return limit;
    }
}
