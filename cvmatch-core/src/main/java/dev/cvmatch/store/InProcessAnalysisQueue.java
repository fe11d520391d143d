package dev.cvmatch.store;

import dev.cvmatch.internal.store.QueueLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * An {@link AnalysisQueue} in the heap, shared by the workers of one JVM: the same delivery semantics as Azure Queue
 * Storage (visibility timeout, receipts that change on every delivery and extension, delivery counts), without a
 * server. Messages are lost when the JVM stops: use it where the analyses can be submitted again (tests, demos,
 * one-machine tools), or where the queue is rebuilt from the store's {@code QUEUED} analyses on start.
 * Receiving costs O(log n) per message. Thread-safe.
 *
 * <pre>{@code
 * AnalysisQueue queue = InProcessAnalysisQueue.builder().build();
 * }</pre>
 */
public final class InProcessAnalysisQueue implements AnalysisQueue {

    private static final class Entry {
        final String id;
        final long sequence;
        final AnalysisMessage message;
        int deliveries;
        Instant visibleAt;
        String receipt;

        Entry(String id, long sequence, AnalysisMessage message, Instant visibleAt) {
            this.id = id;
            this.sequence = sequence;
            this.message = message;
            this.visibleAt = visibleAt;
        }
    }

    /** A snapshot of when an entry becomes visible; stale when the entry changed or left since. */
    private record Slot(Instant visibleAt, long sequence, Entry entry) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();
    private final PriorityQueue<Slot> schedule = new PriorityQueue<>(
            Comparator.comparing(Slot::visibleAt).thenComparingLong(Slot::sequence));
    private final Deque<DeadLetter> deadLetters = new ArrayDeque<>();
    private long sequence;

    private InProcessAnalysisQueue(Clock clock) {
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
    public synchronized void send(AnalysisMessage message) {
        Objects.requireNonNull(message, "message");
        Entry entry = new Entry(UUID.randomUUID().toString(), sequence++, message, clock.instant());
        entries.put(entry.id, entry);
        schedule.add(new Slot(entry.visibleAt, entry.sequence, entry));
    }

    @Override
    public synchronized List<AnalysisDelivery> receive(int maxMessages, Duration visibilityTimeout) {
        QueueLimits.checkBatch(maxMessages);
        QueueLimits.checkVisibility(visibilityTimeout);
        Instant now = clock.instant();
        List<AnalysisDelivery> out = new ArrayList<>();
        while (out.size() < maxMessages && !schedule.isEmpty() && !schedule.peek().visibleAt().isAfter(now)) {
            Slot slot = schedule.poll();
            Entry entry = slot.entry();
            if (entries.get(entry.id) != entry || !entry.visibleAt.equals(slot.visibleAt())) {
                continue;
            }
            entry.deliveries++;
            entry.visibleAt = now.plus(visibilityTimeout);
            entry.receipt = UUID.randomUUID().toString();
            schedule.add(new Slot(entry.visibleAt, entry.sequence, entry));
            out.add(delivery(entry));
        }
        return out;
    }

    @Override
    public synchronized AnalysisDelivery extend(AnalysisDelivery delivery, Duration visibilityTimeout) {
        QueueLimits.checkVisibility(visibilityTimeout);
        Entry entry = held(delivery);
        entry.visibleAt = clock.instant().plus(visibilityTimeout);
        entry.receipt = UUID.randomUUID().toString();
        schedule.add(new Slot(entry.visibleAt, entry.sequence, entry));
        return delivery(entry);
    }

    @Override
    public synchronized void complete(AnalysisDelivery delivery) {
        entries.remove(held(delivery).id);
    }

    @Override
    public synchronized void deadLetter(AnalysisDelivery delivery, String reason) {
        Objects.requireNonNull(reason, "reason");
        Entry entry = held(delivery);
        entries.remove(entry.id);
        deadLetters.addLast(new DeadLetter(entry.message, entry.id, entry.deliveries, reason, clock.instant()));
    }

    @Override
    public synchronized List<DeadLetter> peekDeadLetters(int maxMessages) {
        QueueLimits.checkBatch(maxMessages);
        return deadLetters.stream().limit(maxMessages).toList();
    }

    /**
     * How many messages are in the queue, visible or not (dead letters excluded).
     *
     * @return the number of messages
     */
    public synchronized int size() {
        return entries.size();
    }

    private Entry held(AnalysisDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        Entry entry = entries.get(delivery.messageId());
        if (entry == null || !delivery.receipt().equals(entry.receipt)) {
            throw new MessageLostException("message " + delivery.messageId() + " is no longer held by receipt "
                    + delivery.receipt());
        }
        return entry;
    }

    private static AnalysisDelivery delivery(Entry entry) {
        return new AnalysisDelivery(entry.message, entry.id, entry.receipt, entry.deliveries, entry.visibleAt);
    }

    /** Configures an {@link InProcessAnalysisQueue}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The clock of visibility timeouts (default: the system's, UTC); tests move a fixed clock forward.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds an empty queue.
         *
         * @return the queue
         */
        public InProcessAnalysisQueue build() {
            return new InProcessAnalysisQueue(clock);
        }
    }
}
