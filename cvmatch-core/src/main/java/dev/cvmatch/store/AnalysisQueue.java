package dev.cvmatch.store;

import java.time.Duration;
import java.util.List;

/**
 * The queue between {@link AnalysisService#submit} and the {@link AnalysisWorker}s, with at-least-once delivery: a
 * received message is hidden for a visibility timeout, and reappears for another receiver unless the first one
 * {@link #complete completes} it in time (or {@link #extend extends} its hold while working on a long job). A worker
 * that dies mid-job therefore loses nothing: its message comes back after the timeout. Deliveries are counted; the
 * {@link AnalysisWorker} moves a message delivered more than its {@code maxDeliveries} times to the dead-letter
 * queue ({@link #deadLetter}), after marking its analysis failed, instead of retrying it forever (as the Azure
 * Functions runtime does with its poison queue).
 *
 * <p>Embedded implementation: {@link InProcessAnalysisQueue}. {@code cvmatch-azure} provides Queue Storage.
 * Implementations are thread-safe; their contract is tested by {@code AnalysisQueueContract} in the core test-jar.
 */
public interface AnalysisQueue {

    /**
     * Sends a message, visible at once.
     *
     * @param message the message
     * @throws StoreException if the message could not be sent
     */
    void send(AnalysisMessage message);

    /**
     * Receives up to {@code maxMessages} visible messages and hides them for {@code visibilityTimeout}. Does not
     * wait: an empty list means no message is visible now.
     *
     * @param maxMessages the most messages to receive, 1 to 32
     * @param visibilityTimeout how long the messages stay hidden, at least one second
     * @return the deliveries, oldest messages first
     * @throws IllegalArgumentException if an argument is out of range
     * @throws StoreException if the queue could not be read
     */
    List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout);

    /**
     * Keeps a received message hidden for {@code visibilityTimeout} more from now.
     *
     * @param delivery the current delivery
     * @param visibilityTimeout how long from now, at least one second
     * @return the delivery with its new receipt and visibility time; use it from now on
     * @throws MessageLostException if the receipt no longer holds the message
     * @throws StoreException if the queue could not be written
     */
    AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout);

    /**
     * Removes a processed message.
     *
     * @param delivery the current delivery
     * @throws MessageLostException if the receipt no longer holds the message
     * @throws StoreException if the queue could not be written
     */
    void complete(AnalysisDelivery delivery);

    /**
     * Moves a message to the dead-letter queue.
     *
     * @param delivery the current delivery
     * @param reason why, for the operator
     * @throws MessageLostException if the receipt no longer holds the message
     * @throws StoreException if the queue could not be written
     */
    void deadLetter(AnalysisDelivery delivery, String reason);

    /**
     * The oldest dead letters, without removing them.
     *
     * @param maxMessages the most to return, 1 to 32
     * @return the dead letters, oldest first
     * @throws IllegalArgumentException if maxMessages is out of range
     * @throws StoreException if the queue could not be read
     */
    List<DeadLetter> peekDeadLetters(int maxMessages);
}
