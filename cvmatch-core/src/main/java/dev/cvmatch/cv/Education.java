package dev.cvmatch.cv;

import java.util.Map;

/**
 * One degree or course of study.
 *
 * @param institution the school or university as printed, or {@code null}
 * @param degree the degree as written (e.g. {@code "Master 2"}, {@code "BSc (Hons)"}), or {@code null}
 * @param level the normalised level, or {@code null} when the degree is not recognised
 * @param fieldOfStudy the field (e.g. {@code "Computer Science"}), or {@code null}
 * @param start the start date, or {@code null}
 * @param end the end (graduation) date, or {@code null}
 * @param provenance where each field was found ({@code institution}, {@code degree}, {@code dates}, {@code entry})
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 */
public record Education(String institution, String degree, EducationLevel level, String fieldOfStudy,
        PartialDate start, PartialDate end, Map<String, Provenance> provenance) {

    /**
     * Copies collections.
     *
     * @param institution the school or university as printed, or {@code null}
     * @param degree the degree as written (e.g. {@code "Master 2"}, {@code "BSc (Hons)"}), or {@code null}
     * @param level the normalised level, or {@code null} when the degree is not recognised
     * @param fieldOfStudy the field (e.g. {@code "Computer Science"}), or {@code null}
     * @param start the start date, or {@code null}
     * @param end the end (graduation) date, or {@code null}
     * @param provenance where each field was found ({@code institution}, {@code degree}, {@code dates}, {@code entry})
     */
    public Education {
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
    }
}
