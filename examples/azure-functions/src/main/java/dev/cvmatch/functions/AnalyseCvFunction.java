package dev.cvmatch.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueOutput;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import dev.cvmatch.azure.storage.AnalysisQueueMessages;
import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisWorker;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The queue trigger that analyses each uploaded CV: for a message {@code {"owner", "analysisId"}} on
 * {@code cv-analysis-queue} (sent by the web app's {@code AnalysisService}), cvmatch's {@link AnalysisWorker}
 * downloads the CV from Blob Storage, parses it and the job, matches them and writes the analysis to Cosmos DB,
 * {@code COMPLETED}, or {@code FAILED} with the reason when the file is refused (corrupt, encrypted, a scan without
 * OCR...).
 *
 * <p><b>Retries and poison messages.</b> The Functions host owns the message. The function returns normally when the
 * analysis is final (completed, failed, or already done by an earlier delivery), and the host deletes the message.
 * When something transient fails (Blob or Cosmos DB unreachable) it throws, and the host delivers the message again
 * after {@code visibilityTimeout}. On the last delivery ({@code CVMATCH_MAX_DELIVERIES}, equal to
 * {@code maxDequeueCount} in {@code host.json}) the worker marks the analysis {@code FAILED} and the function writes
 * a dead letter (the message, the reason, the delivery count) to {@code cv-analysis-queue-poison} and returns; a
 * message that is not an analysis message goes there at once. Should the store be unreachable even then, the
 * function throws and the host moves the message to the poison queue itself; {@code AzureQueueAnalysisQueue}
 * reads both kinds of dead letter.
 *
 * <p>A message delivered twice (the host's at-least-once delivery) leaves one completed analysis: the worker's writes
 * are conditional on the version it read.
 */
public final class AnalyseCvFunction {

    /** The function's name, as deployed. */
    public static final String NAME = "analyseCv";

    private final Supplier<WorkerRuntime> runtime;

    /** The constructor the Functions host calls: the runtime is built from the app settings on first use. */
    public AnalyseCvFunction() {
        this(SharedRuntime::get);
    }

    AnalyseCvFunction(Supplier<WorkerRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * Analyses the CV of one queue message.
     *
     * @param message the decoded message text
     * @param messageId the queue's id of the message
     * @param dequeueCount how many times the message has been delivered, this delivery included
     * @param poison the poison queue, for a message given up
     * @param context the invocation's context
     * @throws AnalysisRetryException if the analysis could not be finished and should be tried again
     */
    @FunctionName(NAME)
    public void run(
            @QueueTrigger(name = "message", queueName = "%CVMATCH_QUEUE_NAME%", connection = "CVMATCH_QUEUE")
            String message,
            @BindingName("Id") String messageId,
            @BindingName("DequeueCount") long dequeueCount,
            @QueueOutput(name = "poison", queueName = "%CVMATCH_QUEUE_NAME%-poison", connection = "CVMATCH_QUEUE")
            OutputBinding<String> poison,
            ExecutionContext context) {
        AnalysisMessage parsed;
        try {
            parsed = AnalysisQueueMessages.fromText(message);
        } catch (IllegalArgumentException e) {
            context.getLogger().log(Level.SEVERE, () -> "message " + messageId + " is not an analysis message ("
                    + e.getMessage() + "): moved to the poison queue as is");
            poison.setValue(message);
            return;
        }
        WorkerRuntime r = runtime.get();
        AnalysisDelivery delivery = new AnalysisDelivery(parsed, messageId, "functions-host",
                (int) Math.min(Integer.MAX_VALUE, Math.max(1, dequeueCount)), r.clock().instant());
        AnalysisWorker.Outcome outcome = r.worker().process(delivery);
        Optional<HostOwnedQueue.DeadLetterDecision> deadLetter = r.queue().takeDeadLetter(delivery);
        switch (outcome) {
            case COMPLETED, FAILED, SKIPPED -> context.getLogger().info(() -> "analysis " + parsed.analysisId()
                    + ": " + outcome + " (delivery " + delivery.deliveryCount() + ")");
            case DEAD_LETTERED -> {
                String reason = deadLetter.map(HostOwnedQueue.DeadLetterDecision::reason)
                        .orElse("given up after " + delivery.deliveryCount() + " deliveries");
                poison.setValue(AnalysisQueueMessages.deadLetterText(delivery, reason, r.clock().instant()));
                context.getLogger().warning(() -> "analysis " + parsed.analysisId() + " given up and marked failed"
                        + " after " + delivery.deliveryCount() + " deliveries: " + reason);
            }
            case RETRY -> throw new AnalysisRetryException("analysis " + parsed.analysisId() + " of "
                    + parsed.owner() + " could not be finished on delivery " + delivery.deliveryCount()
                    + "; the host will deliver it again (see the worker's warning for the cause)");
            default -> throw new IllegalStateException("unexpected outcome " + outcome);
        }
    }

    /** One runtime per process, built from the app settings on the first message. */
    private static final class SharedRuntime {
        private static volatile WorkerRuntime instance;

        static WorkerRuntime get() {
            WorkerRuntime r = instance;
            if (r == null) {
                synchronized (SharedRuntime.class) {
                    r = instance;
                    if (r == null) {
                        r = WorkerRuntime.from(FunctionSettings.from(System.getenv()));
                        instance = r;
                    }
                }
            }
            return r;
        }
    }
}
