package dev.cvmatch.match;

import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.internal.match.DefaultJobMatcher;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores CVs against a job from 0 to 100 with an explanation, and ranks many CVs.
 *
 * <pre>{@code
 * JobMatcher matcher = JobMatcher.builder().options(MatchOptions.builder().blind(true).build()).build();
 * MatchResult result = matcher.match(cv, job);
 * result.score();            // 0-100, deterministic
 * result.breakdown();        // components with weight, score and contribution
 * result.missingSkills();    // required skills the CV does not show
 * result.suggestions();      // what would raise the score
 * List<RankedCandidate> top = matcher.rank(candidates.stream(), job, new RankOptions(10, 50, 0));
 * }</pre>
 *
 * <p>Same inputs, same score. Immutable and thread-safe.
 */
public interface JobMatcher {

    /**
     * Scores one CV against a job.
     *
     * @param cv the parsed CV
     * @param job the job requirements
     * @return the score and its explanation
     */
    MatchResult match(ParsedCv cv, JobRequirements job);

    /**
     * The vector this matcher compares with the job's for the similarity component. Store it with the CV (an
     * {@link dev.cvmatch.store.Analysis} does) and pass it in {@link Candidate#embedding()}: ranking then scores
     * stored CVs without embedding them again. Its {@link Embedding#space()} names the embedder and whether the CV
     * was redacted for blind screening; the matcher ignores a candidate's embedding of another space.
     *
     * @param cv the parsed CV
     * @return the CV's embedding in this matcher's space
     * @throws UnsupportedOperationException if this matcher does not compare embeddings
     */
    default Embedding embed(ParsedCv cv) {
        throw new UnsupportedOperationException(getClass().getName() + " does not compare embeddings");
    }

    /**
     * Ranks candidates against a job, in parallel. Time is linear in the number of candidates; with a
     * {@code topK}, memory is bounded by {@code topK} results whatever the stream's length. Ties are broken by the
     * candidate id, so the order is deterministic.
     *
     * @param candidates the candidates (a stream may be lazily produced, e.g. read from a store)
     * @param job the job requirements
     * @param options top-k, minimum score, parallelism
     * @return the ranked candidates, best first
     */
    List<RankedCandidate> rank(Stream<Candidate> candidates, JobRequirements job, RankOptions options);

    /**
     * Ranks a collection of candidates.
     *
     * @param candidates the candidates
     * @param job the job requirements
     * @param options top-k, minimum score, parallelism
     * @return the ranked candidates, best first
     */
    default List<RankedCandidate> rank(Collection<Candidate> candidates, JobRequirements job, RankOptions options) {
        return rank(candidates.stream(), job, options);
    }

    /**
     * Starts configuring a matcher.
     *
     * @return a builder with the defaults
     */
    static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link JobMatcher}. */
    final class Builder {
        private MatchOptions options = MatchOptions.defaults();
        private TextEmbedder embedder;
        private SkillTaxonomy taxonomy;

        private Builder() {
        }

        /**
         * Weights and switches.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(MatchOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The embedder for semantic similarity (default: {@link TextEmbedder#defaults()}).
         *
         * @param embedder the embedder
         * @return this builder
         */
        public Builder embedder(TextEmbedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        /**
         * The taxonomy whose relations give partial credit (default: {@link SkillTaxonomy#defaults()}); use the one
         * the CVs and jobs were normalised with.
         *
         * @param taxonomy the taxonomy
         * @return this builder
         */
        public Builder taxonomy(SkillTaxonomy taxonomy) {
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            return this;
        }

        /**
         * The skill normalizer the CVs and jobs were parsed with: the same as {@link #taxonomy(SkillTaxonomy)
         * taxonomy(normalizer.taxonomy())}, so that every builder of cvmatch takes the same argument.
         *
         * @param normalizer the normalizer
         * @return this builder
         */
        public Builder skillNormalizer(SkillNormalizer normalizer) {
            return taxonomy(Objects.requireNonNull(normalizer, "normalizer").taxonomy());
        }

        /**
         * Builds the matcher.
         *
         * @return an immutable, thread-safe matcher
         */
        public JobMatcher build() {
            return new DefaultJobMatcher(options, embedder == null ? TextEmbedder.defaults() : embedder,
                    taxonomy == null ? SkillTaxonomy.defaults() : taxonomy);
        }
    }
}
