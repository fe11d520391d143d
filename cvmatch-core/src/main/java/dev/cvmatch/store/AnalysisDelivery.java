package dev.cvmatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A message received from an {@link AnalysisQueue}: hidden from other receivers until {@link #visibleAt()}, and
 * held by its {@link #receipt()} until then. {@link AnalysisQueue#extend} renews the hold,
 * {@link AnalysisQueue#complete} removes the message; if neither happens in time, the message is delivered again
 * with a higher {@link #deliveryCount()} and this receipt stops working.
 *
 * @param message the message
 * @param messageId the queue's id of the message, the same on every delivery
 * @param receipt what proves this delivery holds the message (Azure's pop receipt); changes on every delivery and
 *     every extension
 * @param deliveryCount how many times the message has been delivered, this one included (1 the first time)
 * @param visibleAt when the message becomes visible again unless extended or completed
 */
public record AnalysisDelivery(AnalysisMessage message, String messageId, String receipt, int deliveryCount,
        Instant visibleAt) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the delivery count is below 1
     * @param message the record component {@code message} (see the class description)
     * @param messageId the record component {@code messageId} (see the class description)
     * @param receipt the record component {@code receipt} (see the class description)
     * @param deliveryCount the record component {@code deliveryCount} (see the class description)
     * @param visibleAt the record component {@code visibleAt} (see the class description)
     */
    public AnalysisDelivery {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(visibleAt, "visibleAt");
        if (deliveryCount < 1) {
            throw new IllegalArgumentException("deliveryCount must be at least 1: " + deliveryCount);
        }
    }
}
