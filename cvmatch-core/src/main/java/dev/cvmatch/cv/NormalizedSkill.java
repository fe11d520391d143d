package dev.cvmatch.cv;

import dev.cvmatch.skill.SkillCategory;
import java.util.List;

/**
 * A skill of the CV mapped to the taxonomy, with the evidence for it.
 *
 * @param id the taxonomy id (ESCO URI, {@code cvmatch:...}), or {@code null} for a skill listed in the skills
 *     section that the taxonomy does not know (kept as written, never dropped)
 * @param name the canonical English name (the name as written when {@code id} is null)
 * @param nameFr the canonical French name
 * @param category the taxonomy category ({@link SkillCategory#OTHER} when unknown)
 * @param surfaceForms the distinct forms written in the CV (e.g. {@code ["k8s", "Kubernetes"]})
 * @param evidence every place the skill was found
 * @param monthsOfUse months covered by the dated experience entries that mention the skill (overlaps counted
 *     once); 0 when no dated entry mentions it
 * @param lastUsed the end of the latest experience entry that mentions it (the reference month for a current
 *     position), or {@code null}
 * @param confidence between 0 and 1, the best evidence's confidence
 */
public record NormalizedSkill(String id, String name, String nameFr, SkillCategory category,
        List<String> surfaceForms, List<SkillEvidence> evidence, int monthsOfUse, PartialDate lastUsed,
        double confidence) {

    /**
     * Copies collections.
     *
     * @param id the taxonomy id (ESCO URI, {@code cvmatch:...}), or {@code null} for a skill listed in the skills
     *     section that the taxonomy does not know (kept as written, never dropped)
     * @param name the canonical English name (the name as written when {@code id} is null)
     * @param nameFr the canonical French name
     * @param category the taxonomy category ({@link SkillCategory#OTHER} when unknown)
     * @param surfaceForms the distinct forms written in the CV (e.g. {@code ["k8s", "Kubernetes"]})
     * @param evidence every place the skill was found
     * @param monthsOfUse months covered by the dated experience entries that mention the skill (overlaps counted
     *     once); 0 when no dated entry mentions it
     * @param lastUsed the end of the latest experience entry that mentions it (the reference month for a current
     *     position), or {@code null}
     * @param confidence between 0 and 1, the best evidence's confidence
     */
    public NormalizedSkill {
        surfaceForms = List.copyOf(surfaceForms);
        evidence = List.copyOf(evidence);
    }
}
