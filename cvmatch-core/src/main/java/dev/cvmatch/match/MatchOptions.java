package dev.cvmatch.match;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Weights and switches of the scoring. Immutable; build with {@link #builder()}, defaults with {@link #defaults()}.
 *
 * <p>Default weights: required skills 40, preferred skills 10, experience 15, education 10, languages 10, semantic
 * similarity 25, lexical relevance 25, job title 10, occupation 0 (off). Weights are relative: a component the job
 * does not ask for (no language, no minimum education) is left out and the others share its weight. The two skills
 * weights are multiplied by how specific the job's skills are (the mean, over its listed skills, of their inverse
 * frequency among O*NET occupations): a posting that lists only tools most occupations use (Excel, Outlook, Word)
 * keeps a few percent of its skills weight, one that asks for Kubernetes most of it. Missing requirements then
 * lower the whole score ({@link #missingSkillsPenalty()} 0.5, {@link #missingExperiencePenalty()} 0.2): a CV with
 * none of the required skills of a specific job keeps half of what its other components give.
 *
 * <p>The defaults were chosen by measurement (README, "How to read the score"): on 100 real PDF résumés ranked
 * against ten O*NET-built postings of the occupations their holders actually have, NDCG@10 went from 0.59 to 0.77
 * with the headline of CVs that have no name, the title component at 10 and similarity at 25 (0.55 to 0.70 on the
 * half of the jobs tuned on, 0.64 to 0.83 on the held-out half; a TF-IDF cosine over the raw text scores 0.58), and
 * on the synthetic development set from 0.943 to 0.952 with the two penalties. Words are compared only when the CV and the job are in the same language
 * (across languages the bilingual skill taxonomy carries the match). The occupation component is off by default:
 * it did not beat the title component on either set (see the README); turn it on to match French and English
 * titles of one occupation.
 *
 * @param requiredSkills weight of the required-skills coverage
 * @param preferredSkills weight of the preferred-skills coverage
 * @param experience weight of the years of experience
 * @param education weight of the education level
 * @param languages weight of the spoken languages
 * @param similarity weight of the semantic similarity of the CV and the job text
 * @param title weight of the job title: how much of the job's title (or of an alternative title it lists) the CV's
 *     headline or position titles cover, recent positions counting more
 * @param relevance weight of the lexical relevance: TF-IDF cosine of the CV's and the job's words
 * @param occupation weight of the occupation: the job title's and the CV's titles normalised to ESCO occupations
 *     ({@link dev.cvmatch.occupation.OccupationNormalizer}), full credit for the same occupation, partial for the
 *     same ISCO unit or minor group, in English and French alike
 * @param blind whether to leave personal data out of everything scored and returned (blind screening)
 * @param referenceMonth the month recency is measured from, or {@code null} for the current month
 * @param missingSkillsPenalty how much missing required skills lower the whole score, 0-1: the score is multiplied
 *     by {@code 1 - missingSkillsPenalty x specificity x missing share} (default 0.5: a CV with none of the
 *     required skills of a specific job keeps half of what its other components give); 0 for a purely additive score
 * @param missingExperiencePenalty how much missing years of experience lower the whole score, 0-1: the score is
 *     multiplied by {@code 1 - missingExperiencePenalty x (1 - experience score)} (default 0.2)
 */
public record MatchOptions(double requiredSkills, double preferredSkills, double experience, double education,
        double languages, double similarity, double title, double relevance, double occupation, boolean blind,
        YearMonth referenceMonth, double missingSkillsPenalty, double missingExperiencePenalty) {

    /**
     * Validates the weights.
     *
     * @param requiredSkills weight of the required-skills coverage
     * @param preferredSkills weight of the preferred-skills coverage
     * @param experience weight of the years of experience
     * @param education weight of the education level
     * @param languages weight of the spoken languages
     * @param similarity weight of the semantic similarity of the CV and the job text
     * @param title weight of the job title
     * @param relevance weight of the lexical relevance
     * @param occupation weight of the occupation
     * @param blind whether to leave personal data out of everything scored and returned (blind screening)
     * @param referenceMonth the month recency is measured from, or {@code null} for the current month
     * @param missingSkillsPenalty how much missing required skills lower the whole score, 0-1
     * @param missingExperiencePenalty how much missing years of experience lower the whole score, 0-1
     * @throws IllegalArgumentException if a weight is negative or all are zero, or a penalty is outside 0-1
     */
    public MatchOptions {
        for (double p : new double[] {missingSkillsPenalty, missingExperiencePenalty}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("penalties must be between 0 and 1: " + p);
            }
        }
        double[] weights = {requiredSkills, preferredSkills, experience, education, languages, similarity, title,
            relevance, occupation};
        double sum = 0;
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("weights must be non-negative: " + w);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /**
     * The options without an occupation component (weight 0), as before it existed.
     *
     * @param requiredSkills weight of the required-skills coverage
     * @param preferredSkills weight of the preferred-skills coverage
     * @param experience weight of the years of experience
     * @param education weight of the education level
     * @param languages weight of the spoken languages
     * @param similarity weight of the semantic similarity of the CV and the job text
     * @param title weight of the job title
     * @param relevance weight of the lexical relevance
     * @param blind whether to leave personal data out of everything scored and returned (blind screening)
     * @param referenceMonth the month recency is measured from, or {@code null} for the current month
     * @deprecated use {@link #builder()}, or the canonical constructor with an occupation weight; kept so that
     *     code written for 0.2 compiles
     */
    @Deprecated(since = "0.3")
    public MatchOptions(double requiredSkills, double preferredSkills, double experience, double education,
            double languages, double similarity, double title, double relevance, boolean blind,
            YearMonth referenceMonth) {
        this(requiredSkills, preferredSkills, experience, education, languages, similarity, title, relevance, 0,
                blind, referenceMonth);
    }

    /**
     * The options without penalties for missing requirements (a purely additive score), as before they existed.
     *
     * @param requiredSkills weight of the required-skills coverage
     * @param preferredSkills weight of the preferred-skills coverage
     * @param experience weight of the years of experience
     * @param education weight of the education level
     * @param languages weight of the spoken languages
     * @param similarity weight of the semantic similarity of the CV and the job text
     * @param title weight of the job title
     * @param relevance weight of the lexical relevance
     * @param occupation weight of the occupation
     * @param blind whether to leave personal data out of everything scored and returned (blind screening)
     * @param referenceMonth the month recency is measured from, or {@code null} for the current month
     * @deprecated use {@link #builder()}, or the canonical constructor with the two penalties; kept so that code
     *     written for 0.3 compiles
     */
    @Deprecated(since = "0.4")
    public MatchOptions(double requiredSkills, double preferredSkills, double experience, double education,
            double languages, double similarity, double title, double relevance, double occupation, boolean blind,
            YearMonth referenceMonth) {
        this(requiredSkills, preferredSkills, experience, education, languages, similarity, title, relevance,
                occupation, blind, referenceMonth, 0, 0);
    }

    /**
     * The default options.
     *
     * @return the defaults
     */
    public static MatchOptions defaults() {
        return builder().build();
    }

    /**
     * Starts from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MatchOptions}. */
    public static final class Builder {
        /** The default occupation weight, chosen by measurement (see the class comment). */
        public static final double OCCUPATION_DEFAULT = 0;
        private double requiredSkills = 40;
        private double preferredSkills = 10;
        private double experience = 15;
        private double education = 10;
        private double languages = 10;
        private double similarity = 25;
        private double title = 10;
        private double relevance = 25;
        private double occupation = OCCUPATION_DEFAULT;
        private boolean blind;
        private YearMonth referenceMonth;
        private double missingSkillsPenalty = 0.5;
        private double missingExperiencePenalty = 0.2;

        private Builder() {
        }

        /**
         * @param weight weight of the required skills
         * @return this builder
         */
        public Builder requiredSkillsWeight(double weight) {
            this.requiredSkills = weight;
            return this;
        }

        /**
         * @param weight weight of the preferred skills
         * @return this builder
         */
        public Builder preferredSkillsWeight(double weight) {
            this.preferredSkills = weight;
            return this;
        }

        /**
         * @param weight weight of the years of experience
         * @return this builder
         */
        public Builder experienceWeight(double weight) {
            this.experience = weight;
            return this;
        }

        /**
         * @param weight weight of the education level
         * @return this builder
         */
        public Builder educationWeight(double weight) {
            this.education = weight;
            return this;
        }

        /**
         * @param weight weight of the spoken languages
         * @return this builder
         */
        public Builder languagesWeight(double weight) {
            this.languages = weight;
            return this;
        }

        /**
         * @param weight weight of the semantic similarity
         * @return this builder
         */
        public Builder similarityWeight(double weight) {
            this.similarity = weight;
            return this;
        }

        /**
         * @param weight weight of the job-title match
         * @return this builder
         */
        public Builder titleWeight(double weight) {
            this.title = weight;
            return this;
        }

        /**
         * Sets the occupation weight (default {@value #OCCUPATION_DEFAULT}).
         *
         * @param weight weight of the occupation match (job and CV titles normalised to ESCO occupations)
         * @return this builder
         */
        public Builder occupationWeight(double weight) {
            this.occupation = weight;
            return this;
        }

        /**
         * Sets the lexical relevance weight (default 25).
         *
         * @param weight weight of the lexical relevance (TF-IDF cosine of the words)
         * @return this builder
         */
        public Builder relevanceWeight(double weight) {
            this.relevance = weight;
            return this;
        }

        /**
         * Sets how much missing required skills lower the whole score (default 0.5). The score is multiplied by
         * {@code 1 - penalty x specificity x missing share}, where the missing share is what the required-skills
         * component did not find (0-1) and the specificity that of the job's required skills (so that a posting
         * asking only for Excel and Outlook barely lowers anyone). With the default, a CV with none of the
         * required skills of a specific job keeps half of the points its other components give; 0 makes the
         * score purely additive.
         *
         * @param penalty 0-1
         * @return this builder
         */
        public Builder missingSkillsPenalty(double penalty) {
            this.missingSkillsPenalty = penalty;
            return this;
        }

        /**
         * Sets how much missing years of experience lower the whole score (default 0.2): the score is multiplied
         * by {@code 1 - penalty x (1 - experience score)}, so a CV with no experience for a job asking for some
         * keeps 80 % of its points; 0 makes the score purely additive.
         *
         * @param penalty 0-1
         * @return this builder
         */
        public Builder missingExperiencePenalty(double penalty) {
            this.missingExperiencePenalty = penalty;
            return this;
        }

        /**
         * Blind screening: the CV's personal data (name, contact, address, links, and lines stating age, date of
         * birth, gender, marital status or nationality) is removed before scoring, and nothing personal is
         * returned.
         *
         * @param blind whether to screen blind
         * @return this builder
         */
        public Builder blind(boolean blind) {
            this.blind = blind;
            return this;
        }

        /**
         * The month recency is measured from (default: the current month).
         *
         * @param month the month
         * @return this builder
         */
        public Builder referenceMonth(YearMonth month) {
            this.referenceMonth = Objects.requireNonNull(month, "month");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         * @throws IllegalArgumentException if a weight is negative or all are zero
         */
        public MatchOptions build() {
            return new MatchOptions(requiredSkills, preferredSkills, experience, education, languages, similarity,
                    title, relevance, occupation, blind, referenceMonth, missingSkillsPenalty,
                    missingExperiencePenalty);
        }
    }
}
