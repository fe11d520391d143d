package dev.cvmatch.job;

/** Kind of employment contract. */
public enum ContractType {
    /** Permanent ("CDI", "permanent"). */
    PERMANENT,
    /** Fixed-term ("CDD", "fixed-term", "temporary"). */
    FIXED_TERM,
    /** Freelance or contractor ("freelance", "indépendant", "contractor"). */
    FREELANCE,
    /** Internship ("stage", "internship"). */
    INTERNSHIP,
    /** Apprenticeship ("alternance", "apprentissage", "apprenticeship"). */
    APPRENTICESHIP
}
