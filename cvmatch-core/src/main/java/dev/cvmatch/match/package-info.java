/**
 * Scoring and ranking: {@link dev.cvmatch.match.JobMatcher} scores a {@link dev.cvmatch.cv.ParsedCv} against
 * {@link dev.cvmatch.job.JobRequirements} (a {@link dev.cvmatch.match.MatchResult} from 0 to 100 with its breakdown,
 * matched and missing skills and suggestions) and ranks many candidates at once.
 */
package dev.cvmatch.match;
