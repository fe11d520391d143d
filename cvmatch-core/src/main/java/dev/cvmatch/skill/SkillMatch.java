package dev.cvmatch.skill;

/**
 * A skill mention found in a text.
 *
 * @param start offset of the first character of the mention in the text given to the normalizer
 * @param end offset just after the mention
 * @param surfaceForm the text as written (e.g. {@code "k8s"})
 * @param skill the canonical skill
 * @param confidence between 0 and 1: lower for ambiguous aliases accepted from context
 */
public record SkillMatch(int start, int end, String surfaceForm, Skill skill, double confidence) {
}
