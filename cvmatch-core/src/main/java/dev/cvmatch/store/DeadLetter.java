package dev.cvmatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A message moved out of the queue because it could not be processed (too many deliveries), kept for an operator.
 *
 * @param message the message
 * @param messageId the queue's id of the original message
 * @param deliveryCount how many times it had been delivered
 * @param reason why it was dead-lettered
 * @param deadLetteredAt when
 */
public record DeadLetter(AnalysisMessage message, String messageId, int deliveryCount, String reason,
        Instant deadLetteredAt) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @param message the record component {@code message} (see the class description)
     * @param messageId the record component {@code messageId} (see the class description)
     * @param deliveryCount the record component {@code deliveryCount} (see the class description)
     * @param reason the record component {@code reason} (see the class description)
     * @param deadLetteredAt the record component {@code deadLetteredAt} (see the class description)
     */
    public DeadLetter {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deadLetteredAt, "deadLetteredAt");
    }
}
