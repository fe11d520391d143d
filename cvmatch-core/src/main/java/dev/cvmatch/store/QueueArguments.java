package dev.cvmatch.store;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the queues, so that every implementation refuses the same things. */
final class QueueArguments {

    /** The most messages one receive returns (Azure Queue Storage's limit). */
    static final int MAX_BATCH = 32;

    private QueueArguments() {
    }

    static void checkBatch(int maxMessages) {
        if (maxMessages < 1 || maxMessages > MAX_BATCH) {
            throw new IllegalArgumentException("maxMessages must be within 1 to " + MAX_BATCH + ": " + maxMessages);
        }
    }

    static void checkVisibility(Duration visibilityTimeout) {
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (visibilityTimeout.compareTo(Duration.ofSeconds(1)) < 0 || visibilityTimeout.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("visibilityTimeout must be within 1 s to 7 days: " + visibilityTimeout);
        }
    }
}
