package dev.cvmatch.cv;

import java.util.List;

/**
 * A section of the CV as found in the text: every line of the document belongs to exactly one section, so nothing
 * is lost even when the parser does not understand a section.
 *
 * @param type the recognised kind, {@link SectionType#OTHER} when the heading is unknown
 * @param heading the heading as printed, or {@code null} for the header section
 * @param lines the content lines, in reading order
 * @param provenance the span of the whole section
 */
public record CvSection(SectionType type, String heading, List<String> lines, Provenance provenance) {

    /**
     * Copies collections.
     *
     * @param type the recognised kind, {@link SectionType#OTHER} when the heading is unknown
     * @param heading the heading as printed, or {@code null} for the header section
     * @param lines the content lines, in reading order
     * @param provenance the span of the whole section
     */
    public CvSection {
        lines = List.copyOf(lines);
    }
}
