package dev.cvmatch.match;

/**
 * How to rank many CVs.
 *
 * @param topK keep only the best {@code topK} (memory stays bounded by {@code topK}); {@code 0} keeps all
 * @param minScore drop candidates scoring below this (0-100)
 * @param parallelism number of threads scoring candidates; {@code 0} for the number of processors
 */
public record RankOptions(int topK, double minScore, int parallelism) {

    /**
     * Validates.
     *
     * @param topK keep only the best {@code topK} (memory stays bounded by {@code topK}); {@code 0} keeps all
     * @param minScore drop candidates scoring below this (0-100)
     * @param parallelism number of threads scoring candidates; {@code 0} for the number of processors
     * @throws IllegalArgumentException if a value is negative or minScore exceeds 100
     */
    public RankOptions {
        if (topK < 0 || parallelism < 0 || minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("invalid rank options: topK=" + topK + ", minScore=" + minScore
                    + ", parallelism=" + parallelism);
        }
    }

    /**
     * The defaults: all candidates, no threshold, all processors.
     *
     * @return the options
     */
    public static RankOptions defaults() {
        return new RankOptions(0, 0, 0);
    }

    /**
     * All candidates, no threshold, all processors.
     *
     * @return {@link #defaults()}
     * @deprecated use {@link #defaults()}, the name every cvmatch default has; kept so that code written for
     *     0.1 compiles
     */
    @Deprecated(since = "0.2")
    public static RankOptions all() {
        return defaults();
    }

    /**
     * Starts from the {@linkplain #defaults() defaults}.
     *
     * <pre>{@code
     * RankOptions options = RankOptions.builder().topK(10).minScore(50).build();   // top 10 scoring >= 50
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures {@link RankOptions}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int topK;
        private double minScore;
        private int parallelism;

        private Builder() {
        }

        /**
         * Keeps only the best candidates (memory stays bounded by it).
         *
         * @param topK how many; {@code 0} keeps all (the default)
         * @return this builder
         */
        public Builder topK(int topK) {
            this.topK = topK;
            return this;
        }

        /**
         * Drops candidates scoring below a threshold.
         *
         * @param minScore the threshold, 0-100 (default 0)
         * @return this builder
         */
        public Builder minScore(double minScore) {
            this.minScore = minScore;
            return this;
        }

        /**
         * The number of threads scoring candidates.
         *
         * @param parallelism threads; {@code 0} for the number of processors (the default)
         * @return this builder
         */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if a value is negative or the minimum score exceeds 100
         */
        public RankOptions build() {
            return new RankOptions(topK, minScore, parallelism);
        }
    }
}
