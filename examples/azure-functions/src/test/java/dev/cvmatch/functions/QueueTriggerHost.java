package dev.cvmatch.functions;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.models.QueueMessageItem;
import java.time.Duration;

/**
 * What the Functions host does for a queue trigger, as documented for the Storage Queues extension, driven against
 * Azurite (the Java worker and the host cannot run here): receive (base64-decoded by the client), call the function
 * with the text and the {@code Id} and {@code DequeueCount} metadata, then
 * <ul>
 *   <li>on return: send what the function set on its output binding to the poison queue, delete the message;</li>
 *   <li>on an exception: if the message has been dequeued {@code maxDequeueCount} times, move it unchanged to the
 *       poison queue; otherwise make it visible again after {@code visibilityTimeout} (the retry delay).</li>
 * </ul>
 */
final class QueueTriggerHost {

    private final QueueClient trigger;
    private final QueueClient poison;
    private final int maxDequeueCount;
    private final Duration retryDelay;
    private final AnalyseCvFunction function;
    private int invocations;
    private int failures;

    QueueTriggerHost(QueueClient trigger, QueueClient poison, int maxDequeueCount, Duration retryDelay,
            AnalyseCvFunction function) {
        this.trigger = trigger;
        this.poison = poison;
        this.maxDequeueCount = maxDequeueCount;
        this.retryDelay = retryDelay;
        this.function = function;
    }

    /**
     * Delivers messages until the trigger queue is empty (hidden ones included) or the deadline passes.
     *
     * @param deadline how long to keep delivering
     * @return the invocations made
     */
    int drain(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        int before = invocations;
        while (System.nanoTime() < end) {
            boolean any = false;
            for (QueueMessageItem item : trigger.receiveMessages(4, Duration.ofSeconds(30), null, null)) {
                any = true;
                deliver(item);
            }
            if (!any) {
                if (trigger.getProperties().getApproximateMessagesCount() == 0) {
                    return invocations - before;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the trigger queue " + trigger.getQueueName() + " was not drained in " + deadline);
    }

    private void deliver(QueueMessageItem item) {
        String text = item.getBody().toString();
        Slot<String> output = new Slot<>();
        invocations++;
        try {
            function.run(text, item.getMessageId(), item.getDequeueCount(), output, new TestExecutionContext());
        } catch (RuntimeException e) {
            failures++;
            if (item.getDequeueCount() >= maxDequeueCount) {
                poison.sendMessage(text);
                trigger.deleteMessage(item.getMessageId(), item.getPopReceipt());
            } else {
                trigger.updateMessage(item.getMessageId(), item.getPopReceipt(), text, retryDelay);
            }
            return;
        }
        if (output.getValue() != null) {
            poison.sendMessage(output.getValue());
        }
        trigger.deleteMessage(item.getMessageId(), item.getPopReceipt());
    }

    int failures() {
        return failures;
    }
}
