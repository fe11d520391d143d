package dev.cvmatch.job;

/** Where the work is done. */
public enum WorkMode {
    /** On site ("sur site", "présentiel"). */
    ON_SITE,
    /** Partly remote ("hybrid", "hybride", "télétravail partiel"). */
    HYBRID,
    /** Fully remote ("remote", "full remote", "100 % télétravail"). */
    REMOTE
}
