package dev.cvmatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.DeadLetter;
import dev.cvmatch.store.MessageLostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AnalysisQueue} must do: extend this class in the provider's tests and return a new, empty queue
 * for each call (in-process in cvmatch-core, Queue Storage in cvmatch-azure). Visibility timeouts are real time:
 * the suite sleeps a few seconds in all.
 */
public abstract class AnalysisQueueContract {

    /** The shortest visibility timeout the SPI accepts. */
    protected static final Duration SECOND = Duration.ofSeconds(1);

    /**
     * A new, empty queue.
     *
     * @return the queue
     */
    protected abstract AnalysisQueue newQueue();

    /**
     * Waits for a visibility timeout of {@link #SECOND} to expire.
     *
     * @throws InterruptedException if interrupted
     */
    protected void waitPastOneSecond() throws InterruptedException {
        Thread.sleep(1300);
    }

    private static AnalysisMessage message(int i) {
        return new AnalysisMessage("owner-" + i, "analysis-" + i);
    }

    @Test
    void aReceivedMessageIsHiddenUntilCompleted() throws Exception {
        AnalysisQueue queue = newQueue();
        queue.send(message(1));
        List<AnalysisDelivery> received = queue.receive(1, SECOND);
        assertEquals(1, received.size());
        AnalysisDelivery delivery = received.get(0);
        assertEquals(message(1), delivery.message());
        assertEquals(1, delivery.deliveryCount());
        assertTrue(queue.receive(32, SECOND).isEmpty(), "hidden while held");
        queue.complete(delivery);
        waitPastOneSecond();
        assertTrue(queue.receive(32, SECOND).isEmpty(), "completed messages do not come back");
    }

    @Test
    void aMessageNotCompletedInTimeIsDeliveredAgain() throws Exception {
        AnalysisQueue queue = newQueue();
        queue.send(message(2));
        AnalysisDelivery first = queue.receive(1, SECOND).get(0);
        waitPastOneSecond();
        List<AnalysisDelivery> again = queue.receive(1, Duration.ofSeconds(30));
        assertEquals(1, again.size());
        AnalysisDelivery second = again.get(0);
        assertEquals(first.messageId(), second.messageId());
        assertEquals(first.message(), second.message());
        assertEquals(2, second.deliveryCount());
        assertNotEquals(first.receipt(), second.receipt());
        assertThrows(MessageLostException.class, () -> queue.complete(first), "the first receipt lost the message");
        assertThrows(MessageLostException.class, () -> queue.extend(first, SECOND));
        queue.complete(second);
        assertThrows(MessageLostException.class, () -> queue.complete(second), "completed once");
    }

    @Test
    void extendingKeepsTheMessageHiddenAndRenewsTheReceipt() throws Exception {
        AnalysisQueue queue = newQueue();
        queue.send(message(3));
        AnalysisDelivery delivery = queue.receive(1, SECOND).get(0);
        Thread.sleep(500);
        AnalysisDelivery extended = queue.extend(delivery, Duration.ofSeconds(5));
        assertEquals(delivery.messageId(), extended.messageId());
        assertEquals(delivery.deliveryCount(), extended.deliveryCount());
        assertTrue(extended.visibleAt().isAfter(delivery.visibleAt()));
        Thread.sleep(900);
        assertTrue(queue.receive(1, SECOND).isEmpty(), "still hidden past the first timeout");
        assertThrows(MessageLostException.class, () -> queue.complete(delivery), "the old receipt is replaced");
        queue.complete(extended);
    }

    @Test
    void aBatchHoldsEachMessageOnce() {
        AnalysisQueue queue = newQueue();
        for (int i = 0; i < 5; i++) {
            queue.send(message(i));
        }
        List<AnalysisDelivery> batch = queue.receive(3, Duration.ofSeconds(30));
        assertEquals(3, batch.size());
        List<AnalysisDelivery> rest = queue.receive(32, Duration.ofSeconds(30));
        assertEquals(2, rest.size());
        Set<AnalysisMessage> all = new HashSet<>();
        batch.forEach(d -> all.add(d.message()));
        rest.forEach(d -> all.add(d.message()));
        assertEquals(5, all.size());
        assertTrue(queue.receive(32, Duration.ofSeconds(30)).isEmpty());
        batch.forEach(queue::complete);
        rest.forEach(queue::complete);
    }

    @Test
    void aDeadLetterLeavesTheQueueWithItsReason() throws Exception {
        AnalysisQueue queue = newQueue();
        queue.send(message(4));
        AnalysisDelivery delivery = queue.receive(1, SECOND).get(0);
        queue.deadLetter(delivery, "abandoned after 5 attempts");
        List<DeadLetter> dead = queue.peekDeadLetters(32);
        assertEquals(1, dead.size());
        assertEquals(message(4), dead.get(0).message());
        assertEquals("abandoned after 5 attempts", dead.get(0).reason());
        assertEquals(1, dead.get(0).deliveryCount());
        waitPastOneSecond();
        assertTrue(queue.receive(32, SECOND).isEmpty(), "a dead letter is not delivered again");
        assertEquals(1, queue.peekDeadLetters(32).size(), "peeking does not remove");
        assertThrows(MessageLostException.class, () -> queue.complete(delivery));
    }

    @Test
    void badArgumentsAreRefused() {
        AnalysisQueue queue = newQueue();
        assertThrows(IllegalArgumentException.class, () -> queue.receive(0, SECOND));
        assertThrows(IllegalArgumentException.class, () -> queue.receive(33, SECOND));
        assertThrows(IllegalArgumentException.class, () -> queue.receive(1, Duration.ofMillis(500)));
        assertThrows(NullPointerException.class, () -> queue.send(null));
        assertThrows(IllegalArgumentException.class, () -> queue.peekDeadLetters(0));
    }
}
