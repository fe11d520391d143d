package dev.cvmatch.store;

/**
 * Where an {@link Analysis} stands. An analysis moves {@code QUEUED → PROCESSING → COMPLETED} or
 * {@code → FAILED}; {@code PROCESSING} may be entered again when a worker died and another took the job over.
 * {@code COMPLETED} and {@code FAILED} are final.
 */
public enum AnalysisStatus {
    /** Submitted: the document is stored and a message is on the queue. */
    QUEUED,
    /** A worker is parsing and matching it. */
    PROCESSING,
    /** Parsed and matched: the CV, the job, the result and the CV's embedding are set. */
    COMPLETED,
    /** The document or the job could not be analysed; {@link Analysis#failureReason()} says why. */
    FAILED;

    /**
     * Whether the status is final.
     *
     * @return true for {@link #COMPLETED} and {@link #FAILED}
     */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED;
    }
}
