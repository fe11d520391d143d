package dev.cvmatch.store;

import dev.cvmatch.internal.store.QueueLimits;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the {@link AnalysisQueue}: for each message, reads the analysis, marks it
 * {@link AnalysisStatus#PROCESSING}, downloads the document, parses the job and the CV, embeds and matches the CV,
 * and stores the analysis {@link AnalysisStatus#COMPLETED}, or {@link AnalysisStatus#FAILED} with the document
 * error's one-line message when the parser refuses the document (a scan without OCR, an encrypted PDF, an empty
 * file...). Then it completes the message.
 *
 * <p><b>At-least-once, completed once.</b> While a job runs, the worker extends the message's visibility timeout
 * (every third of it), so a long job keeps its message. A worker that dies stops extending: the message reappears
 * after the timeout and another worker takes the job over. Every write to the store is conditional on the version
 * read, so a message processed twice (a redelivery, or a dead worker that wakes up) leaves one completed analysis:
 * the late writer's update conflicts, it finds the analysis final and drops its copy. A message found for an analysis
 * already final, or deleted, is completed without work.
 *
 * <p><b>Never retried forever, never lost.</b> A document error is final (FAILED, not retried). Any other failure
 * (the store or the queue unreachable, a bug) leaves the message for another delivery; once a message has been
 * delivered more than {@code maxDeliveries} times, the analysis is marked FAILED ("abandoned after N attempts") and
 * the message moved to the dead-letter queue.
 *
 * <pre>{@code
 * AnalysisWorker worker = AnalysisWorker.builder()
 *         .documentStore(documents).analysisStore(analyses).queue(queue).build();
 * worker.drain();      // process until the queue is empty, in this thread
 * worker.start(2);     // or: two polling threads until close()
 * }</pre>
 *
 * <p>Thread-safe: several threads (or processes, on a shared queue and store) may drain at once.
 */
public final class AnalysisWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisWorker.class);
    private static final int MAX_REASON = 500;
    private static final int JOB_CACHE_SIZE = 64;

    /** What happened to one delivery. */
    public enum Outcome {
        /** The analysis was completed by this delivery. */
        COMPLETED,
        /** The analysis was marked failed by this delivery (a document or job the parser refuses). */
        FAILED,
        /** The analysis was already final, deleted, or taken over by another worker: nothing written. */
        SKIPPED,
        /** Something else failed; the message is left for another delivery. */
        RETRY,
        /** Delivered too many times: marked failed and moved to the dead-letter queue. */
        DEAD_LETTERED
    }

    /**
     * What a worker has done since it was built.
     *
     * @param received deliveries received
     * @param completed analyses completed
     * @param failed analyses marked failed for their document or job
     * @param skipped deliveries with nothing to do (duplicates, deleted analyses)
     * @param retried deliveries left for another attempt
     * @param deadLettered messages moved to the dead-letter queue
     */
    public record Counts(long received, long completed, long failed, long skipped, long retried,
            long deadLettered) {
    }

    private final DocumentStore documents;
    private final AnalysisStore analyses;
    private final AnalysisQueue queue;
    private final CvParser cvParser;
    private final JobDescriptionParser jobParser;
    private final JobMatcher matcher;
    private final Duration visibilityTimeout;
    private final int maxDeliveries;
    private final int batchSize;
    private final Duration pollInterval;
    private final Clock clock;
    private final List<AnalysisWorkerListener> listeners;
    private final ScheduledExecutorService heartbeat;
    private final Map<String, JobRequirements> jobs = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JobRequirements> eldest) {
            return size() > JOB_CACHE_SIZE;
        }
    };
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ExecutorService pollers;

    private AnalysisWorker(Builder b) {
        this.documents = b.documents;
        this.analyses = b.analyses;
        this.queue = b.queue;
        this.cvParser = b.cvParser != null ? b.cvParser : CvParser.builder().build();
        this.jobParser = b.jobParser != null ? b.jobParser : JobDescriptionParser.builder().build();
        this.matcher = b.matcher != null ? b.matcher : JobMatcher.builder().build();
        this.visibilityTimeout = b.visibilityTimeout;
        this.maxDeliveries = b.maxDeliveries;
        this.batchSize = b.batchSize;
        this.pollInterval = b.pollInterval;
        this.clock = b.clock;
        this.listeners = List.copyOf(b.listeners);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cvmatch-worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts configuring a worker.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Processes messages in this thread until the queue has none visible.
     *
     * @return how many deliveries were handled
     * @throws StoreException if the queue cannot be read
     */
    public int drain() {
        int handled = 0;
        while (true) {
            List<AnalysisDelivery> batch = queue.receive(batchSize, visibilityTimeout);
            if (batch.isEmpty()) {
                return handled;
            }
            for (AnalysisDelivery delivery : batch) {
                process(delivery);
                handled++;
            }
        }
    }

    /**
     * Starts polling threads that drain the queue, sleeping {@code pollInterval} whenever it is empty, until
     * {@link #close()}.
     *
     * @param threads how many threads
     * @throws IllegalStateException if the worker is already started or closed
     */
    public synchronized void start(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (pollers != null) {
            throw new IllegalStateException("the worker was already started");
        }
        running.set(true);
        pollers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cvmatch-worker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < threads; i++) {
            pollers.execute(this::poll);
        }
    }

    private void poll() {
        while (running.get()) {
            try {
                if (drain() == 0) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("analysis worker: the queue could not be read, retrying in {}: {}", pollInterval,
                        e.toString());
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Stops the polling threads (letting the current jobs finish, for up to the visibility timeout) and the lease
     * renewal.
     */
    @Override
    public void close() {
        running.set(false);
        ExecutorService p = pollers;
        if (p != null) {
            p.shutdown();
            try {
                if (!p.awaitTermination(visibilityTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.shutdownNow();
                }
            } catch (InterruptedException e) {
                p.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        heartbeat.shutdownNow();
    }

    /**
     * What this worker has done so far.
     *
     * @return the counts
     */
    public Counts counts() {
        return new Counts(received.get(), completed.get(), failed.get(), skipped.get(), retried.get(),
                deadLettered.get());
    }

    /**
     * Handles one delivery: see the class description.
     *
     * @param delivery a delivery just received from the queue
     * @return what happened
     */
    public Outcome process(AnalysisDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        notify(l -> l.received(delivery));
        Outcome outcome = handle(delivery);
        notify(l -> l.handled(delivery, outcome));
        return outcome;
    }

    private void notify(java.util.function.Consumer<AnalysisWorkerListener> event) {
        for (AnalysisWorkerListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("analysis worker listener {} failed: {}", listener.getClass().getName(), e.toString());
            }
        }
    }

    private Outcome handle(AnalysisDelivery delivery) {
        received.incrementAndGet();
        AnalysisMessage message = delivery.message();
        if (delivery.deliveryCount() > maxDeliveries) {
            return deadLetter(delivery, "The analysis was abandoned after " + maxDeliveries
                    + " attempts; submit the file again.");
        }
        Lease lease = new Lease(delivery);
        try {
            Optional<Analysis> found = analyses.get(message.owner(), message.analysisId());
            if (found.isEmpty() || found.get().status().isTerminal()) {
                LOG.debug("analysis {} is {}: message dropped", message.analysisId(),
                        found.map(a -> a.status().toString()).orElse("deleted"));
                lease.complete();
                return count(Outcome.SKIPPED);
            }
            Analysis processing = analyses.update(found.get().processing(clock.instant()));
            Analysis outcome = analyse(processing);
            try {
                analyses.update(outcome);
            } catch (VersionConflictException e) {
                Optional<Analysis> now = analyses.get(message.owner(), message.analysisId());
                if (now.isEmpty() || now.get().status().isTerminal()) {
                    lease.complete();
                }
                LOG.debug("analysis {} was taken over by another delivery: result dropped", message.analysisId());
                return count(Outcome.SKIPPED);
            }
            lease.complete();
            return count(outcome.status() == AnalysisStatus.COMPLETED ? Outcome.COMPLETED : Outcome.FAILED);
        } catch (VersionConflictException e) {
            // another delivery of the same message moved the analysis on between our read and our write
            LOG.debug("analysis {}: {}", message.analysisId(), e.getMessage());
            return count(Outcome.SKIPPED);
        } catch (RuntimeException e) {
            if (delivery.deliveryCount() >= maxDeliveries) {
                lease.stop();
                return deadLetter(lease.current(), "The analysis failed " + maxDeliveries + " times ("
                        + oneLine(e) + "); submit the file again.");
            }
            LOG.warn("analysis {} failed on delivery {} and will be retried: {}", message.analysisId(),
                    delivery.deliveryCount(), e.toString());
            return count(Outcome.RETRY);
        } finally {
            lease.stop();
        }
    }

    /** Parses and matches; a document or job the parsers refuse gives a failed analysis, anything else throws. */
    private Analysis analyse(Analysis analysis) {
        Optional<byte[]> content = documents.get(analysis.owner(), analysis.documentKey());
        if (content.isEmpty()) {
            return analysis.failed("The uploaded file is no longer available.", clock.instant());
        }
        JobRequirements job;
        try {
            job = job(analysis.jobText());
        } catch (StoreException e) {
            throw e;
        } catch (CvMatchException e) {
            return analysis.failed("Job description: " + oneLine(e), clock.instant());
        }
        ParsedCv cv;
        long start = System.nanoTime();
        try {
            cv = cvParser.parse(content.get());
        } catch (StoreException e) {
            throw e;
        } catch (CvMatchException e) {
            return analysis.failed(oneLine(e), clock.instant());
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            notify(l -> l.parsed(analysis, took));
        }
        start = System.nanoTime();
        Embedding embedding;
        try {
            embedding = matcher.embed(cv);
        } catch (UnsupportedOperationException e) {
            embedding = null;
        }
        MatchResult result = matcher.match(cv, job);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        notify(l -> l.matched(analysis, took));
        return analysis.completed(job, cv, result, embedding, clock.instant());
    }

    private JobRequirements job(String text) {
        synchronized (jobs) {
            JobRequirements cached = jobs.get(text);
            if (cached != null) {
                return cached;
            }
        }
        JobRequirements parsed = jobParser.parseText(text);
        synchronized (jobs) {
            jobs.put(text, parsed);
        }
        return parsed;
    }

    private Outcome deadLetter(AnalysisDelivery delivery, String reason) {
        AnalysisMessage message = delivery.message();
        try {
            Optional<Analysis> found = analyses.get(message.owner(), message.analysisId());
            if (found.isPresent() && !found.get().status().isTerminal()) {
                analyses.update(found.get().failed(reason, clock.instant()));
            }
            queue.deadLetter(delivery, reason);
            LOG.warn("analysis {} dead-lettered after {} deliveries", message.analysisId(),
                    delivery.deliveryCount());
            return count(Outcome.DEAD_LETTERED);
        } catch (RuntimeException e) {
            LOG.warn("analysis {} could not be dead-lettered, will be retried: {}", message.analysisId(),
                    e.toString());
            return count(Outcome.RETRY);
        }
    }

    private Outcome count(Outcome outcome) {
        switch (outcome) {
            case COMPLETED -> completed.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case RETRY -> retried.incrementAndGet();
            case DEAD_LETTERED -> deadLettered.incrementAndGet();
            default -> throw new AssertionError(outcome);
        }
        return outcome;
    }

    /** The first line of an exception's message, short enough for a status column. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    /** The hold on a message while its job runs: renewed in the background, completed at the end. */
    private final class Lease {
        private final AtomicReference<AnalysisDelivery> current;
        private final ScheduledFuture<?> renewal;

        Lease(AnalysisDelivery delivery) {
            current = new AtomicReference<>(delivery);
            long period = Math.max(200, visibilityTimeout.toMillis() / 3);
            renewal = heartbeat.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try {
                current.set(queue.extend(current.get(), visibilityTimeout));
            } catch (MessageLostException e) {
                LOG.warn("message {} was lost while its job ran: {}", current.get().messageId(), e.getMessage());
                renewal.cancel(false);
            } catch (RuntimeException e) {
                LOG.warn("could not extend the visibility of message {}: {}", current.get().messageId(),
                        e.toString());
            }
        }

        AnalysisDelivery current() {
            return current.get();
        }

        void stop() {
            renewal.cancel(false);
        }

        void complete() {
            stop();
            try {
                queue.complete(current.get());
            } catch (MessageLostException e) {
                LOG.debug("message {} was already taken over: {}", current.get().messageId(), e.getMessage());
            }
        }
    }

    /** Configures an {@link AnalysisWorker}. */
    public static final class Builder {
        private DocumentStore documents;
        private AnalysisStore analyses;
        private AnalysisQueue queue;
        private CvParser cvParser;
        private JobDescriptionParser jobParser;
        private JobMatcher matcher;
        private Duration visibilityTimeout = Duration.ofMinutes(5);
        private int maxDeliveries = 5;
        private int batchSize = 1;
        private Duration pollInterval = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private final List<AnalysisWorkerListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a listener told of every delivery, parse and match (metrics, tracing).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(AnalysisWorkerListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Where the documents are. Required.
         *
         * @param documents the store
         * @return this builder
         */
        public Builder documentStore(DocumentStore documents) {
            this.documents = Objects.requireNonNull(documents, "documents");
            return this;
        }

        /**
         * Where the analyses are. Required.
         *
         * @param analyses the store
         * @return this builder
         */
        public Builder analysisStore(AnalysisStore analyses) {
            this.analyses = Objects.requireNonNull(analyses, "analyses");
            return this;
        }

        /**
         * The queue to drain. Required.
         *
         * @param queue the queue
         * @return this builder
         */
        public Builder queue(AnalysisQueue queue) {
            this.queue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /**
         * The CV parser (default: {@code CvParser.builder().build()}).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder cvParser(CvParser parser) {
            this.cvParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * The job parser (default: {@code JobDescriptionParser.builder().build()}).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder jobParser(JobDescriptionParser parser) {
            this.jobParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * The matcher (default: {@code JobMatcher.builder().build()}); rank with the same configuration to reuse
         * the stored embeddings.
         *
         * @param matcher the matcher
         * @return this builder
         */
        public Builder matcher(JobMatcher matcher) {
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            return this;
        }

        /**
         * How long a received message stays hidden (default 5 minutes); renewed every third of it while the job
         * runs. A dead worker's job is taken over after at most this long.
         *
         * @param timeout the visibility timeout, at least one second
         * @return this builder
         */
        public Builder visibilityTimeout(Duration timeout) {
            QueueLimits.checkVisibility(timeout);
            this.visibilityTimeout = timeout;
            return this;
        }

        /**
         * How many deliveries a message gets before it is dead-lettered (default 5, as Azure Functions'
         * {@code maxDequeueCount}).
         *
         * @param maxDeliveries at least 1
         * @return this builder
         */
        public Builder maxDeliveries(int maxDeliveries) {
            if (maxDeliveries < 1) {
                throw new IllegalArgumentException("maxDeliveries must be positive: " + maxDeliveries);
            }
            this.maxDeliveries = maxDeliveries;
            return this;
        }

        /**
         * How many messages one receive takes (default 1; 1 to 32). Messages received together are processed one
         * after the other, each under its own renewed hold.
         *
         * @param batchSize the batch size
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            QueueLimits.checkBatch(batchSize);
            this.batchSize = batchSize;
            return this;
        }

        /**
         * How long a polling thread sleeps when the queue is empty (default one second).
         *
         * @param interval the interval
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("pollInterval must be positive: " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /**
         * The clock of the timestamps (default: the system's, UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the worker.
         *
         * @return the worker
         * @throws IllegalStateException if a store or the queue is missing
         */
        public AnalysisWorker build() {
            if (documents == null || analyses == null || queue == null) {
                throw new IllegalStateException("documentStore, analysisStore and queue are required");
            }
            return new AnalysisWorker(this);
        }
    }
}
