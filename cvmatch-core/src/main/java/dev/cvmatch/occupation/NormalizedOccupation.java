package dev.cvmatch.occupation;

import java.util.Objects;

/**
 * A job title normalised to an occupation of the ESCO classification.
 *
 * @param id the occupation's stable id (the ESCO concept URI; the same for its English and French titles)
 * @param labelEn the occupation's English preferred label
 * @param labelFr the occupation's French preferred label, or {@code null} when ESCO has none
 * @param iscoCode the ISCO-08 unit group (four digits), or {@code null}
 * @param confidence how sure the normalizer is, in (0, 1]: 1 for a title that is one of the occupation's titles
 */
public record NormalizedOccupation(String id, String labelEn, String labelFr, String iscoCode, double confidence) {

    /**
     * Validates.
     *
     * @param id the occupation's stable id (the ESCO concept URI; the same for its English and French titles)
     * @param labelEn the occupation's English preferred label
     * @param labelFr the occupation's French preferred label, or {@code null} when ESCO has none
     * @param iscoCode the ISCO-08 unit group (four digits), or {@code null}
     * @param confidence how sure the normalizer is, in (0, 1]
     */
    public NormalizedOccupation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelEn, "labelEn");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
        }
    }

    /**
     * How close two occupations are: 1 for the same occupation, 0.7 in the same ISCO unit group (four digits),
     * 0.4 in the same minor group (three digits), 0 otherwise. Confidence is not taken into account.
     *
     * @param other the other occupation
     * @return the closeness, in [0, 1]
     */
    public double closeness(NormalizedOccupation other) {
        Objects.requireNonNull(other, "other");
        if (id.equals(other.id)) {
            return 1;
        }
        if (iscoCode == null || other.iscoCode == null || iscoCode.length() < 4 || other.iscoCode.length() < 4) {
            return 0;
        }
        if (iscoCode.equals(other.iscoCode)) {
            return 0.7;
        }
        if (iscoCode.regionMatches(0, other.iscoCode, 0, 3)) {
            return 0.4;
        }
        return 0;
    }
}
