package dev.cvmatch.store;

import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.MatchResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One CV analysed against one job, as kept by an {@link AnalysisStore}: who submitted it, the document it was read
 * from, the job, the parsed CV, the match result and the CV's embedding (so that ranking stored CVs does not embed
 * them again), and where it stands. Immutable: the {@code with...} and transition methods return a copy, which an
 * {@link AnalysisStore#update(Analysis)} then writes if nobody changed the stored one since it was read.
 *
 * <p>Timestamps are kept to the millisecond, so that every store gives back what it was given.
 *
 * @param id the analysis id, unique within the store
 * @param owner who the analysis belongs to (a user, a tenant): every read is scoped by it
 * @param fileName the name the document was uploaded with (for display only; never used as a path)
 * @param documentKey the document's key in the {@link DocumentStore}
 * @param contentHash SHA-256 of the document's bytes, lower-case hex
 * @param jobText the job description as submitted
 * @param job the parsed job, or {@code null} until the analysis completes
 * @param cv the parsed CV, or {@code null} until the analysis completes
 * @param result the CV's match against the job, or {@code null} until the analysis completes
 * @param cvEmbedding the CV's embedding in the matcher's space, or {@code null} until the analysis completes
 * @param status where the analysis stands
 * @param failureReason why it failed (one line a user can read), or {@code null} unless {@link AnalysisStatus#FAILED}
 * @param attempts how many times a worker started analysing it
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 * @param version the store's version of this state: 0 before {@link AnalysisStore#create(Analysis)}, then 1, 2...
 */
public record Analysis(String id, String owner, String fileName, String documentKey, String contentHash,
        String jobText, JobRequirements job, ParsedCv cv, MatchResult result, Embedding cvEmbedding,
        AnalysisStatus status, String failureReason, int attempts, Instant createdAt, Instant updatedAt,
        long version) {

    /**
     * Validates and truncates the timestamps to milliseconds.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the id or owner is blank, a count is negative, a completed analysis lacks
     *     its CV, job or result, or a failed one its reason
     * @param id the record component {@code id} (see the class description)
     * @param owner the record component {@code owner} (see the class description)
     * @param fileName the record component {@code fileName} (see the class description)
     * @param documentKey the record component {@code documentKey} (see the class description)
     * @param contentHash the record component {@code contentHash} (see the class description)
     * @param jobText the record component {@code jobText} (see the class description)
     * @param job the record component {@code job} (see the class description)
     * @param cv the record component {@code cv} (see the class description)
     * @param result the record component {@code result} (see the class description)
     * @param cvEmbedding the record component {@code cvEmbedding} (see the class description)
     * @param status the record component {@code status} (see the class description)
     * @param failureReason the record component {@code failureReason} (see the class description)
     * @param attempts the record component {@code attempts} (see the class description)
     * @param createdAt the record component {@code createdAt} (see the class description)
     * @param updatedAt the record component {@code updatedAt} (see the class description)
     * @param version the record component {@code version} (see the class description)
     */
    public Analysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(jobText, "jobText");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (id.isBlank() || owner.isBlank()) {
            throw new IllegalArgumentException("id and owner must not be blank");
        }
        if (attempts < 0 || version < 0) {
            throw new IllegalArgumentException("attempts and version must not be negative");
        }
        if (status == AnalysisStatus.COMPLETED && (cv == null || job == null || result == null)) {
            throw new IllegalArgumentException("a completed analysis has its CV, job and result");
        }
        if (status == AnalysisStatus.FAILED && (failureReason == null || failureReason.isBlank())) {
            throw new IllegalArgumentException("a failed analysis has a reason");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A new analysis, queued, not yet stored (version 0).
     *
     * @param id the analysis id
     * @param owner who it belongs to
     * @param fileName the uploaded file's name
     * @param documentKey the document's key in the {@link DocumentStore}
     * @param contentHash SHA-256 of the document, lower-case hex
     * @param jobText the job description
     * @param now the submission time
     * @return the analysis
     */
    public static Analysis queued(String id, String owner, String fileName, String documentKey, String contentHash,
            String jobText, Instant now) {
        return new Analysis(id, owner, fileName, documentKey, contentHash, jobText, null, null, null, null,
                AnalysisStatus.QUEUED, null, 0, now, now, 0);
    }

    /**
     * This analysis taken up by a worker: {@link AnalysisStatus#PROCESSING}, one more attempt.
     *
     * @param now the time
     * @return the copy
     */
    public Analysis processing(Instant now) {
        return new Analysis(id, owner, fileName, documentKey, contentHash, jobText, job, cv, result, cvEmbedding,
                AnalysisStatus.PROCESSING, null, attempts + 1, createdAt, now, version);
    }

    /**
     * This analysis completed.
     *
     * @param job the parsed job
     * @param cv the parsed CV
     * @param result the match result
     * @param cvEmbedding the CV's embedding, or {@code null} if the matcher has none
     * @param now the time
     * @return the copy
     */
    public Analysis completed(JobRequirements job, ParsedCv cv, MatchResult result, Embedding cvEmbedding,
            Instant now) {
        return new Analysis(id, owner, fileName, documentKey, contentHash, jobText, job, cv, result, cvEmbedding,
                AnalysisStatus.COMPLETED, null, attempts, createdAt, now, version);
    }

    /**
     * This analysis failed.
     *
     * @param reason why, in one line a user can read
     * @param now the time
     * @return the copy
     */
    public Analysis failed(String reason, Instant now) {
        return new Analysis(id, owner, fileName, documentKey, contentHash, jobText, job, cv, result, cvEmbedding,
                AnalysisStatus.FAILED, reason, attempts, createdAt, now, version);
    }

    /**
     * This analysis with another version; stores use it to return what they wrote.
     *
     * @param newVersion the version
     * @return the copy
     */
    public Analysis withVersion(long newVersion) {
        return new Analysis(id, owner, fileName, documentKey, contentHash, jobText, job, cv, result, cvEmbedding,
                status, failureReason, attempts, createdAt, updatedAt, newVersion);
    }

    /**
     * This completed analysis as a candidate to rank, with its stored embedding.
     *
     * @return the candidate, identified by the analysis id
     * @throws IllegalStateException if the analysis is not completed
     */
    public Candidate toCandidate() {
        if (status != AnalysisStatus.COMPLETED) {
            throw new IllegalStateException("analysis " + id + " is " + status + ", not COMPLETED");
        }
        return new Candidate(id, cv, cvEmbedding);
    }
}
