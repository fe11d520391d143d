package dev.cvmatch.cv;

/** Common European Framework of Reference for Languages level. */
public enum CefrLevel {
    /** Breakthrough ("notions", "beginner"). */
    A1,
    /** Waystage ("notions", "basic", "élémentaire"). */
    A2,
    /** Threshold ("intermediate", "intermédiaire"). */
    B1,
    /** Vantage ("professional working", "bon niveau", TOEIC 785+). */
    B2,
    /** Effective operational ("fluent", "courant", TOEIC 945+). */
    C1,
    /** Mastery ("bilingual", "bilingue", "native", "langue maternelle"). */
    C2
}
