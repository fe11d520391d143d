package dev.cvmatch.store;

import dev.cvmatch.LimitExceededException;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.FormatDetector;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front of stored analyses: {@link #submit} stores the uploaded document, records the analysis as
 * {@link AnalysisStatus#QUEUED} and puts a message on the queue, and returns at once; {@link AnalysisWorker}s do the
 * parsing and matching. Reads, lists, deletes and ranks an owner's analyses. A thin layer for web controllers and
 * functions: nothing of parsing or scoring lives here. Thread-safe.
 *
 * <pre>{@code
 * AnalysisService service = AnalysisService.builder()
 *         .documentStore(documents).analysisStore(analyses).queue(queue).build();
 * Analysis queued = service.submit(AnalysisRequest.builder()
 *         .owner("user-42").fileName("cv.pdf").content(bytes).jobText(job).build());
 * // ... a worker completes it ...
 * service.get("user-42", queued.id()).map(Analysis::status);   // COMPLETED
 * }</pre>
 */
public final class AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final DocumentStore documents;
    private final AnalysisStore analyses;
    private final AnalysisQueue queue;
    private final Clock clock;
    private final long maxDocumentBytes;

    private AnalysisService(Builder b) {
        this.documents = b.documents;
        this.analyses = b.analyses;
        this.queue = b.queue;
        this.clock = b.clock;
        this.maxDocumentBytes = b.maxDocumentBytes;
    }

    /**
     * Starts configuring a service.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stores the document, records a queued analysis and enqueues it. If the analysis cannot be recorded, the
     * document is deleted again; if it cannot be enqueued, the analysis is marked failed ("could not be queued")
     * before the exception is rethrown, so that no analysis waits for a message that does not exist.
     *
     * @param request the CV and the job
     * @return the queued analysis (version 1)
     * @throws LimitExceededException if the document is larger than the configured maximum
     * @throws StoreException if the document, the analysis or the message could not be written
     */
    public Analysis submit(AnalysisRequest request) {
        Objects.requireNonNull(request, "request");
        byte[] content = request.content();
        if (content.length > maxDocumentBytes) {
            throw new LimitExceededException("maxBytes", "The file is " + content.length
                    + " bytes, more than the " + maxDocumentBytes + " bytes accepted.");
        }
        String contentType = request.contentType() != null ? request.contentType()
                : FormatDetector.detect(content).mediaType();
        StoredDocument document = documents.put(request.owner(), request.fileName(), contentType, content);
        Analysis created;
        try {
            created = analyses.create(Analysis.queued(UUID.randomUUID().toString(), request.owner(),
                    request.fileName(), document.key(), document.contentHash(), request.jobText(), clock.instant()));
        } catch (RuntimeException e) {
            deleteQuietly(document);
            throw e;
        }
        try {
            queue.send(new AnalysisMessage(created.owner(), created.id()));
        } catch (RuntimeException e) {
            try {
                analyses.update(created.failed("The analysis could not be queued; submit the file again.",
                        clock.instant()));
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        LOG.debug("analysis {} queued ({} bytes, {})", created.id(), content.length, contentType);
        return created;
    }

    /**
     * Reads an analysis.
     *
     * @param owner who it belongs to
     * @param id its id
     * @return the analysis, or empty
     */
    public Optional<Analysis> get(String owner, String id) {
        return analyses.get(owner, id);
    }

    /**
     * An owner's analyses, newest first.
     *
     * @param owner who they belong to
     * @param page the page
     * @return the page
     */
    public AnalysisPage list(String owner, PageRequest page) {
        return analyses.list(owner, page);
    }

    /**
     * The original document of an analysis.
     *
     * @param owner who it belongs to
     * @param id the analysis id
     * @return the bytes, or empty if there is no such analysis or its document is gone
     */
    public Optional<byte[]> document(String owner, String id) {
        return analyses.get(owner, id).flatMap(a -> documents.get(owner, a.documentKey()));
    }

    /**
     * Deletes an analysis and its document (the right to erasure). A worker that receives its message later finds
     * nothing and drops it.
     *
     * @param owner who it belongs to
     * @param id its id
     * @return whether there was such an analysis
     */
    public boolean delete(String owner, String id) {
        Optional<Analysis> analysis = analyses.get(owner, id);
        if (analysis.isEmpty()) {
            return false;
        }
        documents.delete(owner, analysis.get().documentKey());
        return analyses.delete(owner, id);
    }

    /**
     * Ranks an owner's completed analyses against a job, with the CV embeddings they stored: the CVs are neither
     * parsed nor embedded again (unless the matcher's embedding space differs from the stored one).
     *
     * @param owner whose analyses to rank
     * @param job the job
     * @param matcher the matcher (the same configuration as the workers', to reuse their embeddings)
     * @param options top-k, minimum score, parallelism
     * @return the ranked analyses, best first, identified by analysis id
     */
    public List<RankedCandidate> rank(String owner, JobRequirements job, JobMatcher matcher, RankOptions options) {
        Objects.requireNonNull(matcher, "matcher");
        return matcher.rank(analyses.stream(owner, PageRequest.MAX_SIZE)
                .filter(a -> a.status() == AnalysisStatus.COMPLETED)
                .map(Analysis::toCandidate), job, options);
    }

    private void deleteQuietly(StoredDocument document) {
        try {
            documents.delete(document.owner(), document.key());
        } catch (RuntimeException e) {
            LOG.warn("could not delete the document of a submission that failed: {}", e.toString());
        }
    }

    /** Configures an {@link AnalysisService}. */
    public static final class Builder {
        private DocumentStore documents;
        private AnalysisStore analyses;
        private AnalysisQueue queue;
        private Clock clock = Clock.systemUTC();
        private long maxDocumentBytes = DocumentTextExtractor.DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /**
         * Where the uploaded documents go. Required.
         *
         * @param documents the store
         * @return this builder
         */
        public Builder documentStore(DocumentStore documents) {
            this.documents = Objects.requireNonNull(documents, "documents");
            return this;
        }

        /**
         * Where analyses are recorded. Required.
         *
         * @param analyses the store
         * @return this builder
         */
        public Builder analysisStore(AnalysisStore analyses) {
            this.analyses = Objects.requireNonNull(analyses, "analyses");
            return this;
        }

        /**
         * The queue the workers drain. Required.
         *
         * @param queue the queue
         * @return this builder
         */
        public Builder queue(AnalysisQueue queue) {
            this.queue = Objects.requireNonNull(queue, "queue");
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
         * The largest document accepted (default: {@link DocumentTextExtractor#DEFAULT_MAX_BYTES}).
         *
         * @param maxBytes the limit in bytes
         * @return this builder
         */
        public Builder maxDocumentBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxDocumentBytes = maxBytes;
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws IllegalStateException if a store or the queue is missing
         */
        public AnalysisService build() {
            if (documents == null || analyses == null || queue == null) {
                throw new IllegalStateException("documentStore, analysisStore and queue are required");
            }
            return new AnalysisService(this);
        }
    }
}
