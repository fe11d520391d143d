package dev.cvmatch.match;

/**
 * One part of a match score.
 *
 * @param name the component: {@code requiredSkills}, {@code preferredSkills}, {@code experience},
 *     {@code education}, {@code languages}, {@code similarity}, {@code title}, {@code relevance}
 * @param weight the configured weight
 * @param share the weight's share of the score among applicable components (0-1); for the skills components, the
 *     weight times the specificity of the job's skills (see {@link MatchOptions}) counts
 * @param score how well the CV meets this component, 0-1
 * @param contribution points this component adds to the 0-100 score ({@code 100 × share × score})
 * @param applicable false when the job asks nothing for this component (no language required...): it then counts
 *     neither for nor against the CV
 * @param explanation a sentence a recruiter can read
 */
public record ScoreComponent(String name, double weight, double share, double score, double contribution,
        boolean applicable, String explanation) {
}
