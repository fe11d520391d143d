package dev.cvmatch.match;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Weights and switches of the scoring. Immutable; build with {@link #builder()}, defaults with {@link #defaults()}.
 *
 * <p>Default weights: required skills 40, preferred skills 10, experience 15, education 10, languages 10, semantic
 * similarity 15, lexical relevance 25, job title 0 (off). Weights are relative: a component the job does not ask for
 * (no language, no minimum education) is left out and the others share its weight. The two skills weights are
 * multiplied by how specific the job's skills are (the mean, over its listed skills, of their inverse frequency
 * among O*NET occupations): a posting that lists only tools most occupations use (Excel, Outlook, Word) keeps a
 * few percent of its skills weight, one that asks for Kubernetes most of it.
 *
 * <p>The relevance weight was chosen by measurement: on real résumés of ten non-IT occupations ranked against
 * O*NET-built postings it raises NDCG@10 from 0.21 to 0.27 (0.19 to 0.22 and 0.23 to 0.32 on the two halves of the
 * jobs), and on the synthetic development set, where skills decide, from 0.947 to 0.950. Words are compared only
 * when the CV and the job are in the same language (across languages the bilingual skill taxonomy carries the
 * match). The title component is off by default: alone it ranks some occupations well and others worse than
 * chance, since job titles and CV titles often name the same work differently; turn it on for postings with
 * precise titles. The occupation component is off by default too: on the same résumés it lowered NDCG@10 at
 * every weight tried (10 to 50) on the tuning half and on the held-out half (see the README); turn it on for
 * postings and CVs with standard job titles, or to match French and English titles of one occupation.
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
 */
public record MatchOptions(double requiredSkills, double preferredSkills, double experience, double education,
        double languages, double similarity, double title, double relevance, double occupation, boolean blind,
        YearMonth referenceMonth) {

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
     * @throws IllegalArgumentException if a weight is negative or all are zero
     */
    public MatchOptions {
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
        private double similarity = 15;
        private double title = 0;
        private double relevance = 25;
        private double occupation = OCCUPATION_DEFAULT;
        private boolean blind;
        private YearMonth referenceMonth;

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
                    title, relevance, occupation, blind, referenceMonth);
        }
    }
}
