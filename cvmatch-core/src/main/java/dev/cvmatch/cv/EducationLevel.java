package dev.cvmatch.cv;

/**
 * Normalised education level, aligned on the European Qualifications Framework (EQF) and the French "Bac+N" scale.
 */
public enum EducationLevel {
    /** Secondary school leaving diploma: baccalauréat, A-levels, high school diploma (EQF 4, Bac). */
    SECONDARY(4, 0),
    /** Short-cycle higher education: BTS, DUT, DEUG, associate degree, HND (EQF 5, Bac+2). */
    SHORT_CYCLE(5, 2),
    /** Bachelor level: Licence, licence professionnelle, BUT, bachelor, BSc, BA (EQF 6, Bac+3). */
    BACHELOR(6, 3),
    /** Master level: Master, Mastère, diplôme d'ingénieur, grande école, MBA, MSc (EQF 7, Bac+5). */
    MASTER(7, 5),
    /** Doctorate: Doctorat, PhD, MD-PhD (EQF 8, Bac+8). */
    DOCTORATE(8, 8);

    private final int eqf;
    private final int bacPlus;

    EducationLevel(int eqf, int bacPlus) {
        this.eqf = eqf;
        this.bacPlus = bacPlus;
    }

    /**
     * The European Qualifications Framework level.
     *
     * @return 4 to 8
     */
    public int eqfLevel() {
        return eqf;
    }

    /**
     * Years of higher education in the French scale.
     *
     * @return 0 (Bac), 2, 3, 5 or 8
     */
    public int bacPlus() {
        return bacPlus;
    }
}
