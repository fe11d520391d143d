package dev.cvmatch.store;

/**
 * A conditional write lost a race: {@link AnalysisStore#update(Analysis)} of a version that is no longer the stored
 * one (somebody else updated or deleted the analysis since it was read), or {@link AnalysisStore#create(Analysis)}
 * of an id that exists. Read the analysis again and decide.
 */
public class VersionConflictException extends StoreException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The analysis whose write lost the race. */
    private final String analysisId;

    /**
     * Creates the exception.
     *
     * @param analysisId the analysis concerned
     * @param message what conflicted
     */
    public VersionConflictException(String analysisId, String message) {
        super(message);
        this.analysisId = analysisId;
    }

    /**
     * The analysis concerned.
     *
     * @return its id
     */
    public String analysisId() {
        return analysisId;
    }
}
