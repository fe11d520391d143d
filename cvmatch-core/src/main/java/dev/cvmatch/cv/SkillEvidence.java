package dev.cvmatch.cv;

/**
 * One place a skill was found in a CV.
 *
 * @param surfaceForm the text as written
 * @param section the section it was found in (skills list, experience, summary...)
 * @param experienceIndex the index in {@link ParsedCv#experience()} of the position whose description mentions it,
 *     or {@code -1}
 * @param provenance where it is in the extracted text
 */
public record SkillEvidence(String surfaceForm, SectionType section, int experienceIndex, Provenance provenance) {
}
