package dev.cvmatch.azure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.DeadLetter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The text of analysis messages and dead letters, as producers, the queue and a Functions trigger share it. */
class AnalysisQueueMessagesTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:15:30Z");

    @Test
    void anAnalysisMessageIsItsOwnerAndId() {
        AnalysisMessage message = new AnalysisMessage("user-1", "a-1");
        assertEquals("{\"owner\":\"user-1\",\"analysisId\":\"a-1\"}", AnalysisQueueMessages.toText(message));
        assertEquals(message, AnalysisQueueMessages.fromText(AnalysisQueueMessages.toText(message)));
        assertEquals(message, AnalysisQueueMessages.fromText(
                "{\"analysisId\":\"a-1\",\"owner\":\"user-1\",\"addedLater\":true}"), "unknown members ignored");
    }

    @Test
    void textThatIsNotAnAnalysisMessageIsRefused() {
        for (String text : new String[] {"", "hello", "{}", "{\"owner\":\"u\"}", "{\"owner\":\" \",\"analysisId\":\"a\"}",
                "[1,2]"}) {
            assertThrows(IllegalArgumentException.class, () -> AnalysisQueueMessages.fromText(text), text);
        }
    }

    @Test
    void aDeadLetterKeepsTheMessageTheDeliveryCountAndTheReason() {
        AnalysisDelivery delivery = new AnalysisDelivery(new AnalysisMessage("user-1", "a-1"), "m-1", "r", 5, AT);
        String text = AnalysisQueueMessages.deadLetterText(delivery, "failed 5 times", AT);
        DeadLetter letter = AnalysisQueueMessages.deadLetter(text, "poison-9", AT.plusSeconds(1)).orElseThrow();
        assertEquals(new DeadLetter(delivery.message(), "m-1", 5, "failed 5 times", AT), letter);
    }

    @Test
    void aMessageTheFunctionsRuntimePoisonedItselfIsReadAsADeadLetter() {
        DeadLetter letter = AnalysisQueueMessages.deadLetter("{\"owner\":\"user-1\",\"analysisId\":\"a-1\"}",
                "poison-9", AT).orElseThrow();
        assertEquals(new AnalysisMessage("user-1", "a-1"), letter.message());
        assertEquals("poison-9", letter.messageId());
        assertEquals(0, letter.deliveryCount(), "unknown: the runtime does not record it");
        assertEquals(AT, letter.deadLetteredAt());
        assertTrue(letter.reason().contains("Functions runtime"), letter.reason());
    }

    @Test
    void anUnreadableMessageKeptAsIsIsNoDeadLetter() {
        assertTrue(AnalysisQueueMessages.deadLetter("hello", "poison-9", AT).isEmpty());
        assertTrue(AnalysisQueueMessages.deadLetter("{\"raw\":\"hello\",\"reason\":\"not an analysis message\"}",
                "poison-9", AT).isEmpty());
    }
}
