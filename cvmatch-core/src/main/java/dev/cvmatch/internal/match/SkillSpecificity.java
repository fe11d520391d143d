package dev.cvmatch.internal.match;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a skill tells about a candidate: rare skills (a farm-management package, Kubernetes) much, skills that
 * nearly every occupation uses (Excel, Microsoft Word, Outlook) little. Internal.
 *
 * <p>The specificity of a skill is its inverse frequency among the 923 O*NET 29.2 occupations whose technology
 * skills name it (see NOTICE), divided by that of a skill no occupation lists: 1 for such a skill, 0.56 for
 * Kubernetes (13 occupations), about 0.01 for Excel (860). It is fixed, not computed from the candidates being
 * ranked, so a CV's score against a job does not depend on who else applies.
 */
final class SkillSpecificity {

    private static final String RESOURCE = "/dev/cvmatch/internal/match/skill-df.tsv";

    private static volatile SkillSpecificity instance;

    private final Map<String, Double> specificities;

    private SkillSpecificity(Map<String, Double> specificities) {
        this.specificities = specificities;
    }

    /**
     * @param skillId a taxonomy id
     * @return its specificity, in (0, 1]
     */
    double of(String skillId) {
        Double s = specificities.get(skillId);
        return s == null ? 1 : s;
    }

    /** @return the bundled background, loaded once (a few hundred lines) */
    static SkillSpecificity bundled() {
        SkillSpecificity s = instance;
        if (s == null) {
            synchronized (SkillSpecificity.class) {
                if (instance == null) {
                    instance = load();
                }
                s = instance;
            }
        }
        return s;
    }

    private static SkillSpecificity load() {
        InverseFrequencies frequencies = InverseFrequencies.load(RESOURCE);
        Map<String, Double> specificities = new HashMap<>(frequencies.idfs().size() * 2);
        frequencies.idfs().forEach((id, idf) -> specificities.put(id, idf / frequencies.unseen()));
        return new SkillSpecificity(Map.copyOf(specificities));
    }
}
