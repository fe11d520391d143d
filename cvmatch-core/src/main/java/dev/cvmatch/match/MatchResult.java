package dev.cvmatch.match;

import java.util.List;

/**
 * How well a CV fits a job, and why.
 *
 * @param score 0-100, the sum of the components' contributions
 * @param breakdown every component with its weight, score and contribution
 * @param matchedSkills the job's skills found in the CV, required first
 * @param missingSkills the job's skills not found, required first
 * @param suggestions what would raise the score, most valuable first
 */
public record MatchResult(double score, List<ScoreComponent> breakdown, List<MatchedSkill> matchedSkills,
        List<MissingSkill> missingSkills, List<String> suggestions) {

    /**
     * Copies collections.
     *
     * @param score 0-100, the sum of the components' contributions
     * @param breakdown every component with its weight, score and contribution
     * @param matchedSkills the job's skills found in the CV, required first
     * @param missingSkills the job's skills not found, required first
     * @param suggestions what would raise the score, most valuable first
     */
    public MatchResult {
        breakdown = List.copyOf(breakdown);
        matchedSkills = List.copyOf(matchedSkills);
        missingSkills = List.copyOf(missingSkills);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * A component of the breakdown.
     *
     * @param component the component
     * @return its score
     */
    public ScoreComponent component(MatchComponent component) {
        return component(component.key());
    }

    /**
     * A component by name.
     *
     * @param name the component name, a {@link MatchComponent#key()}
     * @return the component
     * @throws IllegalArgumentException if there is no such component
     */
    public ScoreComponent component(String name) {
        return breakdown.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + name));
    }
}
