package dev.cvmatch.occupation;

import dev.cvmatch.internal.occupation.OccupationIndex;
import java.util.Optional;

/**
 * Maps job titles ("Sous Chef", "Chargée de ressources humaines", "Senior Java Developer (H/F)") to occupations.
 *
 * <p>The bundled taxonomy ({@link #defaults()}) holds the 3,039 ESCO v1.2 occupations with their English and French
 * titles and O*NET 29.2 alternate titles mapped onto them. Matching ignores case, accents, punctuation and
 * seniority words ("senior", "junior", "confirmé", "H/F"); a title that is not one of an occupation's titles is
 * matched on its longest phrase that is, with a lower confidence. Titles that match nothing, or only a phrase
 * shared by unrelated occupations, give no occupation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface OccupationNormalizer {

    /**
     * Normalises a job title.
     *
     * @param title the title as printed (may be {@code null})
     * @return the occupation, or empty when the title is blank or the normalizer is unsure
     */
    Optional<NormalizedOccupation> normalize(String title);

    /**
     * Looks up an occupation by id.
     *
     * @param id an occupation id ({@link NormalizedOccupation#id()})
     * @return the occupation with confidence 1, or empty when the id is unknown
     */
    Optional<NormalizedOccupation> byId(String id);

    /**
     * The normalizer over the bundled ESCO/O*NET occupations, loaded on first use and shared.
     *
     * @return the shared default normalizer
     */
    static OccupationNormalizer defaults() {
        return OccupationIndex.bundled();
    }
}
