package dev.cvmatch.job;

import dev.cvmatch.cv.Provenance;

/**
 * A skill a job asks for.
 *
 * @param id the taxonomy id
 * @param name the canonical English name
 * @param nameFr the canonical French name
 * @param surfaceForm the text as written in the job description
 * @param provenance where it is in the job description's extracted text
 */
public record JobSkill(String id, String name, String nameFr, String surfaceForm, Provenance provenance) {
}
