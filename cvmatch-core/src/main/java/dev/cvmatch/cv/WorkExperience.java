package dev.cvmatch.cv;

import dev.cvmatch.occupation.NormalizedOccupation;
import java.util.List;
import java.util.Map;

/**
 * One position in the candidate's work history.
 *
 * @param title the job title as printed, or {@code null}
 * @param employer the employer as printed, or {@code null}
 * @param location where the job was, as printed, or {@code null}
 * @param start the start date, or {@code null} when not printed
 * @param end the end date, or {@code null} when current or not printed
 * @param current whether the position is ongoing ("Present", "aujourd'hui", "depuis", "en cours"...)
 * @param description the description and bullet lines, bullets removed
 * @param provenance where each field was found ({@code title}, {@code employer}, {@code location}, {@code dates},
 *     {@code entry})
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 * @param occupation the title's occupation, or {@code null} when the parser was not asked for occupations
 *     ({@link CvParser.Builder#occupations(dev.cvmatch.occupation.OccupationNormalizer)}), the position has no
 *     title, or the normalizer is unsure
 */
public record WorkExperience(String title, String employer, String location, PartialDate start, PartialDate end,
        boolean current, List<String> description, Map<String, Provenance> provenance,
        NormalizedOccupation occupation) {

    /**
     * Copies collections.
     *
     * @param title the job title as printed, or {@code null}
     * @param employer the employer as printed, or {@code null}
     * @param location where the job was, as printed, or {@code null}
     * @param start the start date, or {@code null} when not printed
     * @param end the end date, or {@code null} when current or not printed
     * @param current whether the position is ongoing ("Present", "aujourd'hui", "depuis", "en cours"...)
     * @param description the description and bullet lines, bullets removed
     * @param provenance where each field was found ({@code title}, {@code employer}, {@code location}, {@code dates},
     *     {@code entry})
     * @param occupation the title's occupation, or {@code null}
     */
    public WorkExperience {
        description = List.copyOf(description);
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
    }

    /**
     * A position without occupation, as before occupations were added (the same as passing {@code null} as
     * {@code occupation}).
     *
     * @param title the job title as printed, or {@code null}
     * @param employer the employer as printed, or {@code null}
     * @param location where the job was, as printed, or {@code null}
     * @param start the start date, or {@code null} when not printed
     * @param end the end date, or {@code null} when current or not printed
     * @param current whether the position is ongoing
     * @param description the description and bullet lines, bullets removed
     * @param provenance where each field was found
     */
    public WorkExperience(String title, String employer, String location, PartialDate start, PartialDate end,
            boolean current, List<String> description, Map<String, Provenance> provenance) {
        this(title, employer, location, start, end, current, description, provenance, null);
    }
}
