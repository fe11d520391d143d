package dev.cvmatch.internal.store;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the queues, so that every implementation refuses the same things. Internal. */
public final class QueueLimits {

    /** The most messages one receive returns (Azure Queue Storage's limit). */
    public static final int MAX_BATCH = 32;

    private QueueLimits() {
    }

    /**
     * Checks a batch size.
     *
     * @param maxMessages the batch size
     * @throws IllegalArgumentException if it is not within 1 to {@link #MAX_BATCH}
     */
    public static void checkBatch(int maxMessages) {
        if (maxMessages < 1 || maxMessages > MAX_BATCH) {
            throw new IllegalArgumentException("maxMessages must be within 1 to " + MAX_BATCH + ": " + maxMessages);
        }
    }

    /**
     * Checks a visibility timeout.
     *
     * @param visibilityTimeout the timeout
     * @throws IllegalArgumentException if it is not within 1 s to 7 days
     */
    public static void checkVisibility(Duration visibilityTimeout) {
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (visibilityTimeout.compareTo(Duration.ofSeconds(1)) < 0
                || visibilityTimeout.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("visibilityTimeout must be within 1 s to 7 days: " + visibilityTimeout);
        }
    }
}
