package dev.cvmatch.job;

import dev.cvmatch.cv.Provenance;
import java.util.List;

/**
 * A skill a job asks for.
 *
 * @param id the taxonomy id
 * @param name the canonical English name
 * @param nameFr the canonical French name
 * @param surfaceForm the text as written in the job description
 * @param provenance where it is in the job description's extracted text
 * @param alternatives the ids of the skills the job accepts instead of this one, from the same list ("Tableau or
 *     Power BI", "Java/Kotlin", "AWS, GCP ou Azure"): a CV showing any of them meets the requirement, and one
 *     lacking all of them misses it once; empty when the skill is asked for on its own (never {@code null})
 */
public record JobSkill(String id, String name, String nameFr, String surfaceForm, Provenance provenance,
        List<String> alternatives) {

    /**
     * Copies the alternatives; {@code null} (a job stored before they existed) is none.
     *
     * @param id the taxonomy id
     * @param name the canonical English name
     * @param nameFr the canonical French name
     * @param surfaceForm the text as written in the job description
     * @param provenance where it is in the job description's extracted text
     * @param alternatives the ids of the skills the job accepts instead of this one, or {@code null} for none
     */
    public JobSkill {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /**
     * A skill asked for on its own.
     *
     * @param id the taxonomy id
     * @param name the canonical English name
     * @param nameFr the canonical French name
     * @param surfaceForm the text as written in the job description
     * @param provenance where it is in the job description's extracted text
     */
    public JobSkill(String id, String name, String nameFr, String surfaceForm, Provenance provenance) {
        this(id, name, nameFr, surfaceForm, provenance, List.of());
    }

    /**
     * This skill with other alternatives.
     *
     * @param ids the ids of the skills the job accepts instead of this one
     * @return a copy
     */
    public JobSkill withAlternatives(List<String> ids) {
        return new JobSkill(id, name, nameFr, surfaceForm, provenance, ids);
    }
}
