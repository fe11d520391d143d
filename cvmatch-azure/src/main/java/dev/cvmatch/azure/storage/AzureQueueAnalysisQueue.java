package dev.cvmatch.azure.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.models.PeekedMessageItem;
import com.azure.storage.queue.models.QueueErrorCode;
import com.azure.storage.queue.models.QueueMessageItem;
import com.azure.storage.queue.models.QueueStorageException;
import com.azure.storage.queue.models.UpdateMessageResult;
import dev.cvmatch.internal.store.AnalysisCodec;
import dev.cvmatch.internal.store.QueueLimits;
import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.DeadLetter;
import dev.cvmatch.store.MessageLostException;
import dev.cvmatch.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AnalysisQueue} on Azure Queue Storage (default queue {@code cv-analysis-queue}), base64-encoded as the
 * Azure Functions queue trigger expects, so a Java, .NET or Python function can consume the same messages. A message
 * is the JSON {@code {"owner": ..., "analysisId": ...}}. Visibility timeouts, pop receipts (the
 * {@link AnalysisDelivery#receipt()}) and dequeue counts are the service's own; {@link #extend} is
 * {@code Update Message}, which also renews the pop receipt.
 *
 * <p>Dead letters go to a second queue, by default {@code <queue>-poison} as the Functions runtime names it, as the
 * JSON {@code {"message": {...}, "messageId", "deliveryCount", "reason", "deadLetteredAt"}}. A message on the main
 * queue that is not an analysis message is moved there as soon as it is received.
 *
 * <pre>{@code
 * AnalysisQueue queue = AzureQueueAnalysisQueue.builder()
 *         .endpoint("https://myaccount.queue.core.windows.net")
 *         .credential(new DefaultAzureCredentialBuilder().build())
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AzureQueueAnalysisQueue implements AnalysisQueue {

    /** The default queue, as in the reference architecture. */
    public static final String DEFAULT_QUEUE = "cv-analysis-queue";

    private static final Logger LOG = LoggerFactory.getLogger(AzureQueueAnalysisQueue.class);

    private final QueueClient queue;
    private final QueueClient deadLetters;
    private final Duration timeout;
    private final Clock clock;

    private AzureQueueAnalysisQueue(QueueClient queue, QueueClient deadLetters, Duration timeout, Clock clock) {
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Starts configuring a queue.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void send(AnalysisMessage message) {
        Objects.requireNonNull(message, "message");
        call("send a message", () -> queue.sendMessageWithResponse(BinaryData.fromString(
                AnalysisQueueMessages.toText(message)), null, null, timeout, Context.NONE));
    }

    @Override
    public List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout) {
        QueueLimits.checkBatch(maxMessages);
        QueueLimits.checkVisibility(visibilityTimeout);
        List<AnalysisDelivery> out = new ArrayList<>();
        for (QueueMessageItem item : call("receive messages",
                () -> queue.receiveMessages(maxMessages, visibilityTimeout, timeout, Context.NONE))) {
            AnalysisMessage message;
            try {
                message = AnalysisQueueMessages.fromText(item.getBody().toString());
            } catch (IllegalArgumentException e) {
                LOG.warn("message {} on queue {} is not an analysis message: moved to {}", item.getMessageId(),
                        queue.getQueueName(), deadLetters.getQueueName());
                poison(item, e.getMessage());
                continue;
            }
            out.add(new AnalysisDelivery(message, item.getMessageId(), item.getPopReceipt(),
                    (int) item.getDequeueCount(), item.getTimeNextVisible().toInstant()));
        }
        return out;
    }

    @Override
    public AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout) {
        Objects.requireNonNull(delivery, "delivery");
        QueueLimits.checkVisibility(visibilityTimeout);
        UpdateMessageResult result = held(delivery, "extend", () -> queue.updateMessageWithResponse(
                delivery.messageId(), delivery.receipt(), AnalysisQueueMessages.toText(delivery.message()),
                visibilityTimeout, timeout, Context.NONE).getValue());
        return new AnalysisDelivery(delivery.message(), delivery.messageId(), result.getPopReceipt(),
                delivery.deliveryCount(), result.getTimeNextVisible().toInstant());
    }

    @Override
    public void complete(AnalysisDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        held(delivery, "complete", () -> queue.deleteMessageWithResponse(delivery.messageId(), delivery.receipt(),
                timeout, Context.NONE));
    }

    @Override
    public void deadLetter(AnalysisDelivery delivery, String reason) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(reason, "reason");
        // hold the message first, so that a lost receipt dead-letters nothing
        AnalysisDelivery held = extend(delivery, Duration.ofSeconds(30));
        String body = AnalysisQueueMessages.deadLetterText(delivery, reason, clock.instant());
        call("dead-letter a message", () -> deadLetters.sendMessageWithResponse(BinaryData.fromString(body), null,
                null, timeout, Context.NONE));
        complete(held);
    }

    @Override
    public List<DeadLetter> peekDeadLetters(int maxMessages) {
        QueueLimits.checkBatch(maxMessages);
        List<DeadLetter> out = new ArrayList<>();
        for (PeekedMessageItem item : call("peek dead letters",
                () -> deadLetters.peekMessages(maxMessages, timeout, Context.NONE))) {
            Optional<DeadLetter> letter = AnalysisQueueMessages.deadLetter(item.getBody().toString(),
                    item.getMessageId(), item.getInsertionTime() != null ? item.getInsertionTime().toInstant()
                            : clock.instant());
            if (letter.isPresent()) {
                out.add(letter.get());
            } else {
                LOG.debug("dead letter {} on {} is an unreadable message kept as is", item.getMessageId(),
                        deadLetters.getQueueName());
            }
        }
        return out;
    }

    /**
     * How many messages wait on the queue, as the service estimates it (for health checks and dashboards).
     *
     * @param timeout how long to wait, retries included
     * @return the approximate count
     * @throws StoreException if the service cannot be reached in time
     */
    public long approximateMessageCount(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return call("read the properties", () -> queue.getPropertiesWithResponse(timeout, Context.NONE)
                .getValue().getApproximateMessagesCount());
    }

    /**
     * How many dead letters wait on the dead-letter queue, as the service estimates it.
     *
     * @param timeout how long to wait, retries included
     * @return the approximate count
     * @throws StoreException if the service cannot be reached in time
     */
    public long approximateDeadLetterCount(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return call("read the dead-letter queue's properties", () -> deadLetters.getPropertiesWithResponse(timeout,
                Context.NONE).getValue().getApproximateMessagesCount());
    }

    /**
     * The queue's name.
     *
     * @return the name
     */
    public String queueName() {
        return queue.getQueueName();
    }

    /**
     * The dead-letter queue's name.
     *
     * @return the name
     */
    public String deadLetterQueueName() {
        return deadLetters.getQueueName();
    }

    private void poison(QueueMessageItem item, String reason) {
        try {
            deadLetters.sendMessage(BinaryData.fromString(AnalysisCodec.toJson(java.util.Map.of(
                    "raw", item.getBody().toString(), "messageId", item.getMessageId(),
                    "deliveryCount", item.getDequeueCount(), "reason", "not an analysis message: " + reason,
                    "deadLetteredAt", clock.instant().toString()))));
            queue.deleteMessage(item.getMessageId(), item.getPopReceipt());
        } catch (RuntimeException e) {
            LOG.warn("could not move unreadable message {}: {}", item.getMessageId(), e.toString());
        }
    }

    private <T> T held(AnalysisDelivery delivery, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            QueueStorageException service = StorageErrors.find(e, QueueStorageException.class);
            QueueErrorCode code = service == null ? null : service.getErrorCode();
            if (service != null && (service.getStatusCode() == 404 || QueueErrorCode.POP_RECEIPT_MISMATCH.equals(code)
                    || QueueErrorCode.MESSAGE_NOT_FOUND.equals(code))) {
                throw new MessageLostException("message " + delivery.messageId() + " is no longer held by its "
                        + "receipt (" + code + ")", service);
            }
            throw new StoreException("could not " + what + " message " + delivery.messageId() + ": "
                    + (code != null ? code : e.getMessage()), service != null ? service : e);
        }
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            QueueStorageException service = StorageErrors.find(e, QueueStorageException.class);
            throw new StoreException("could not " + what + " on queue " + queue.getQueueName() + ": "
                    + (service != null ? service.getErrorCode() : e.getMessage()), service != null ? service : e);
        }
    }

    /** Configures an {@link AzureQueueAnalysisQueue}: a connection string, or an endpoint and a credential. */
    public static final class Builder {
        private String connectionString;
        private String endpoint;
        private TokenCredential tokenCredential;
        private StorageSharedKeyCredential keyCredential;
        private String queueName = DEFAULT_QUEUE;
        private String deadLetterQueueName;
        private boolean createQueues = true;
        private Duration timeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Connects with a storage account connection string (account key or SAS).
         *
         * @param connectionString the connection string
         * @return this builder
         */
        public Builder connectionString(String connectionString) {
            this.connectionString = Objects.requireNonNull(connectionString, "connectionString");
            return this;
        }

        /**
         * The Queue service endpoint, e.g. {@code https://myaccount.queue.core.windows.net}; with a credential.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * Authenticates with Microsoft Entra ID (Managed Identity, {@code DefaultAzureCredential}); the identity
         * needs the Storage Queue Data Contributor role.
         *
         * @param credential the token credential
         * @return this builder
         */
        public Builder credential(TokenCredential credential) {
            this.tokenCredential = Objects.requireNonNull(credential, "credential");
            this.keyCredential = null;
            return this;
        }

        /**
         * Authenticates with the account name and key.
         *
         * @param credential the shared key
         * @return this builder
         */
        public Builder credential(StorageSharedKeyCredential credential) {
            this.keyCredential = Objects.requireNonNull(credential, "credential");
            this.tokenCredential = null;
            return this;
        }

        /**
         * The queue (default {@value AzureQueueAnalysisQueue#DEFAULT_QUEUE}).
         *
         * @param name the queue name
         * @return this builder
         */
        public Builder queueName(String name) {
            this.queueName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The dead-letter queue (default: the queue's name followed by {@code -poison}).
         *
         * @param name the queue name
         * @return this builder
         */
        public Builder deadLetterQueueName(String name) {
            this.deadLetterQueueName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether {@link #build()} creates both queues when missing (default true).
         *
         * @param create whether to create them
         * @return this builder
         */
        public Builder createQueuesIfMissing(boolean create) {
            this.createQueues = create;
            return this;
        }

        /**
         * How long one call may take (default 30 s).
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The clock of {@link DeadLetter#deadLetteredAt()} (default: the system's, UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the queue, creating both queues unless told not to.
         *
         * @return the queue
         * @throws IllegalStateException if neither a connection string nor an endpoint with a credential was given,
         *     or both
         * @throws StoreException if a queue cannot be created
         */
        public AzureQueueAnalysisQueue build() {
            if (connectionString != null && endpoint != null) {
                throw new IllegalStateException("give a connection string or an endpoint, not both");
            }
            if (connectionString == null && (endpoint == null || tokenCredential == null && keyCredential == null)) {
                throw new IllegalStateException("give a connection string, or an endpoint and a credential");
            }
            QueueClient main = client(queueName);
            QueueClient dead = client(deadLetterQueueName != null ? deadLetterQueueName : queueName + "-poison");
            if (createQueues) {
                try {
                    main.createIfNotExists();
                    dead.createIfNotExists();
                } catch (RuntimeException e) {
                    throw new StoreException("could not create the queues " + main.getQueueName() + " and "
                            + dead.getQueueName() + ": " + e.getMessage(), e);
                }
            }
            return new AzureQueueAnalysisQueue(main, dead, timeout, clock);
        }

        private QueueClient client(String name) {
            QueueClientBuilder b = new QueueClientBuilder().queueName(name)
                    .messageEncoding(QueueMessageEncoding.BASE64);
            if (connectionString != null) {
                b.connectionString(connectionString);
            } else if (tokenCredential != null) {
                b.endpoint(endpoint).credential(tokenCredential);
            } else {
                b.endpoint(endpoint).credential(keyCredential);
            }
            return b.buildClient();
        }
    }
}
