package dev.cvmatch.match;

/**
 * A candidate's place in a ranking.
 *
 * @param rank 1 for the best
 * @param id the candidate's identifier
 * @param result the match result
 */
public record RankedCandidate(int rank, String id, MatchResult result) {
}
