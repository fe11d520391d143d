package dev.cvmatch.store;

/**
 * Which page of a list to read: its size and the token of the page before it.
 *
 * @param size the most items to return, 1 to {@link #MAX_SIZE}
 * @param token the {@link AnalysisPage#nextToken()} of the previous page, or {@code null} for the first page
 */
public record PageRequest(int size, String token) {

    /** The largest page a store returns. */
    public static final int MAX_SIZE = 1000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the size is not within 1 to {@link #MAX_SIZE}
     * @param size the record component {@code size} (see the class description)
     * @param token the record component {@code token} (see the class description)
     */
    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be within 1 to " + MAX_SIZE + ": " + size);
        }
    }

    /**
     * The first page.
     *
     * @param size the most items to return
     * @return the request
     * @throws IllegalArgumentException if the size is not within 1 to {@link #MAX_SIZE}
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }
}
