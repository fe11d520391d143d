package dev.cvmatch.store;

import java.util.Objects;

/**
 * What the queue carries: which analysis to run. The analysis itself (document key, job text) is read from the
 * {@link AnalysisStore}, so a message stays small and holds no personal data.
 *
 * @param owner who the analysis belongs to (the store's partition)
 * @param analysisId the analysis id
 */
public record AnalysisMessage(String owner, String analysisId) {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     * @param owner the record component {@code owner} (see the class description)
     * @param analysisId the record component {@code analysisId} (see the class description)
     */
    public AnalysisMessage {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(analysisId, "analysisId");
        if (owner.isBlank() || analysisId.isBlank()) {
            throw new IllegalArgumentException("owner and analysisId must not be blank");
        }
    }
}
