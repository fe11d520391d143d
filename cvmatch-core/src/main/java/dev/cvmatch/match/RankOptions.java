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
     * All candidates, no threshold, all processors.
     *
     * @return the options
     */
    public static RankOptions all() {
        return new RankOptions(0, 0, 0);
    }
}
