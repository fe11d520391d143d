package dev.cvmatch.azure.storage;

import dev.cvmatch.internal.store.AnalysisCodec;
import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.DeadLetter;
import dev.cvmatch.store.StoreException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of the messages on the analysis queue and its dead-letter queue, for code that reads or writes them
 * without an {@link AzureQueueAnalysisQueue}: an Azure Functions queue trigger (which gets the decoded text and whose
 * runtime owns the message), a monitoring script, a producer in another process.
 *
 * <ul>
 *   <li>An analysis message is the JSON {@code {"owner": "...", "analysisId": "..."}}.</li>
 *   <li>A dead letter is the JSON {@code {"message": {...}, "messageId": "...", "deliveryCount": 5,
 *       "reason": "...", "deadLetteredAt": "2026-12-02T10:15:30Z"}}.</li>
 *   <li>A message the Functions runtime moved to the poison queue by itself (after {@code maxDequeueCount} failed
 *       deliveries) is the original analysis message, unchanged; {@link #deadLetter} reads it too.</li>
 * </ul>
 *
 * <p>On the wire both queues hold this text base64-encoded, as the Functions runtime expects; the Azure SDK's
 * {@code QueueMessageEncoding.BASE64} and the Functions bindings do that part. Thread-safe (stateless).
 */
public final class AnalysisQueueMessages {

    /** The reason given to a message that the Functions runtime moved to the poison queue itself. */
    static final String RUNTIME_POISONED = "moved to the poison queue by the Functions runtime after its last "
            + "delivery failed";

    /** What a dead-letter message holds. */
    record DeadLetterBody(AnalysisMessage message, String messageId, int deliveryCount, String reason,
            Instant deadLetteredAt) {
    }

    private AnalysisQueueMessages() {
    }

    /**
     * The text of an analysis message.
     *
     * @param message the message
     * @return its JSON
     */
    public static String toText(AnalysisMessage message) {
        return AnalysisCodec.toJson(Objects.requireNonNull(message, "message"));
    }

    /**
     * Reads the text of an analysis message.
     *
     * @param text the decoded message text
     * @return the message
     * @throws IllegalArgumentException if the text is not an analysis message (not JSON, no owner or analysis id)
     */
    public static AnalysisMessage fromText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty queue message");
        }
        try {
            return AnalysisCodec.message(text);
        } catch (StoreException e) {
            throw new IllegalArgumentException("not an analysis message: " + e.getMessage(), e);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("not an analysis message: owner and analysisId are required", e);
        }
    }

    /**
     * The text of a dead letter for a delivery.
     *
     * @param delivery the delivery given up on
     * @param reason why, for the operator reading the dead-letter queue
     * @param at when
     * @return its JSON
     */
    public static String deadLetterText(AnalysisDelivery delivery, String reason, Instant at) {
        Objects.requireNonNull(delivery, "delivery");
        return AnalysisCodec.toJson(new DeadLetterBody(delivery.message(), delivery.messageId(),
                delivery.deliveryCount(), Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(at, "at")));
    }

    /**
     * Reads a message of the dead-letter queue: a dead letter written by {@link #deadLetterText} (or by
     * {@link AzureQueueAnalysisQueue#deadLetter}), or an analysis message that the Functions runtime moved there
     * unchanged, which is given the service's message id and insertion time, and a delivery count of 0 (the runtime
     * does not record it: it is the {@code maxDequeueCount} of the app's {@code host.json}).
     *
     * @param text the decoded message text
     * @param messageId the service's id of the dead-letter message
     * @param insertedAt when it was put on the dead-letter queue
     * @return the dead letter, or empty when the text is neither (e.g. an unreadable message moved there as is)
     */
    public static Optional<DeadLetter> deadLetter(String text, String messageId, Instant insertedAt) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(insertedAt, "insertedAt");
        DeadLetterBody body;
        try {
            body = AnalysisCodec.fromJson(text, DeadLetterBody.class);
        } catch (StoreException e) {
            return Optional.empty();
        }
        if (body != null && body.message() != null && body.reason() != null) {
            return Optional.of(new DeadLetter(body.message(), body.messageId() != null ? body.messageId() : messageId,
                    Math.max(1, body.deliveryCount()), body.reason(),
                    body.deadLetteredAt() != null ? body.deadLetteredAt() : insertedAt));
        }
        try {
            AnalysisMessage original = fromText(text);
            return Optional.of(new DeadLetter(original, messageId, 0, RUNTIME_POISONED, insertedAt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
