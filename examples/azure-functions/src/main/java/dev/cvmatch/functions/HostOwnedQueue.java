package dev.cvmatch.functions;

import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link AnalysisQueue} that an {@link dev.cvmatch.store.AnalysisWorker} sees inside a queue-triggered function,
 * where the Functions host, not the worker, owns the message: the host received it, keeps it invisible while the
 * function runs, deletes it when the function returns, and makes it visible again when the function throws.
 *
 * <ul>
 *   <li>{@link #complete} and {@link #extend} therefore do nothing (the host does both);</li>
 *   <li>{@link #deadLetter} records the worker's decision for the delivery being processed; the function then
 *       writes the dead letter to the poison queue through its output binding ({@link #takeDeadLetter});</li>
 *   <li>{@link #send}, {@link #receive} and {@link #peekDeadLetters} are not available in a function: the host
 *       receives, and the web app (or any producer) sends through
 *       {@link dev.cvmatch.azure.storage.AzureQueueAnalysisQueue}.</li>
 * </ul>
 *
 * <p>Thread-safe: the host runs several invocations of the function at once.
 */
final class HostOwnedQueue implements AnalysisQueue {

    /** A worker's decision to dead-letter a delivery. */
    record DeadLetterDecision(AnalysisDelivery delivery, String reason) {
    }

    private final Map<String, DeadLetterDecision> decisions = new ConcurrentHashMap<>();

    @Override
    public void send(AnalysisMessage message) {
        throw new UnsupportedOperationException("a queue-triggered function does not send: the Functions host "
                + "owns the trigger queue; send with AzureQueueAnalysisQueue");
    }

    @Override
    public List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout) {
        throw new UnsupportedOperationException("the Functions host receives the messages of a queue trigger");
    }

    @Override
    public AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout) {
        // the host renews the message's visibility while the function runs
        return Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public void complete(AnalysisDelivery delivery) {
        // the host deletes the message when the function returns normally
        Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public void deadLetter(AnalysisDelivery delivery, String reason) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(reason, "reason");
        decisions.put(key(delivery), new DeadLetterDecision(delivery, reason));
    }

    @Override
    public List<DeadLetter> peekDeadLetters(int maxMessages) {
        throw new UnsupportedOperationException("read the poison queue with AzureQueueAnalysisQueue");
    }

    /**
     * The worker's dead-letter decision for a delivery, removed.
     *
     * @param delivery the delivery just processed
     * @return the decision, if the worker gave the delivery up
     */
    Optional<DeadLetterDecision> takeDeadLetter(AnalysisDelivery delivery) {
        return Optional.ofNullable(decisions.remove(key(delivery)));
    }

    private static String key(AnalysisDelivery delivery) {
        return delivery.messageId() + '\n' + delivery.deliveryCount();
    }
}
