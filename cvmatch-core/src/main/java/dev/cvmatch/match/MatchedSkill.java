package dev.cvmatch.match;

import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.SkillEvidence;
import java.util.List;

/**
 * A skill of the job found in the CV.
 *
 * @param id taxonomy id of the job's skill
 * @param name canonical name of the job's skill
 * @param required true for a required skill, false for a preferred one
 * @param credit 0-1: 1 for the skill itself used recently; less when only implied by another skill, only
 *     listed, or not used for years
 * @param reason how it was matched ("Kubernetes in 2 positions, 66 months, last used 2025-06"; "implied by Spring
 *     Boot")
 * @param cvSkill the CV's skill that matched (the same, or the one implying it)
 * @param evidence where the CV shows it
 * @param monthsOfUse months of dated experience mentioning it
 * @param lastUsed when last used, or {@code null}
 */
public record MatchedSkill(String id, String name, boolean required, double credit, String reason, String cvSkill,
        List<SkillEvidence> evidence, int monthsOfUse, PartialDate lastUsed) {

    /**
     * Copies collections.
     *
     * @param id taxonomy id of the job's skill
     * @param name canonical name of the job's skill
     * @param required true for a required skill, false for a preferred one
     * @param credit 0-1: 1 for the skill itself used recently; less when only implied by another skill, only
     *     listed, or not used for years
     * @param reason how it was matched ("Kubernetes in 2 positions, 66 months, last used 2025-06"; "implied by Spring
     *     Boot")
     * @param cvSkill the CV's skill that matched (the same, or the one implying it)
     * @param evidence where the CV shows it
     * @param monthsOfUse months of dated experience mentioning it
     * @param lastUsed when last used, or {@code null}
     */
    public MatchedSkill {
        evidence = List.copyOf(evidence);
    }
}
