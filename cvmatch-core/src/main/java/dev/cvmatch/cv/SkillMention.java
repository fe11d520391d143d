package dev.cvmatch.cv;

/**
 * A skill as written in the CV, before normalisation to a taxonomy.
 *
 * @param name the surface form (e.g. {@code "k8s"}, {@code "Gestion de projet"})
 * @param group the group heading it was listed under (e.g. {@code "Soft skills"}), or {@code null}
 * @param section the section it was found in
 * @param provenance where it was found
 */
public record SkillMention(String name, String group, SectionType section, Provenance provenance) {
}
