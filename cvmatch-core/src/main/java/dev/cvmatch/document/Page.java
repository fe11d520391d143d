package dev.cvmatch.document;

import java.util.List;

/**
 * One page of an extracted document.
 *
 * @param number the 1-based page number
 * @param width page width in points, or {@code 0} when the format has no page geometry
 * @param height page height in points, or {@code 0} when the format has no page geometry
 * @param lines the lines of the page in reading order
 */
public record Page(int number, float width, float height, List<TextLine> lines) {

    /**
     * Makes the line list immutable.
     *
     * @param number the 1-based page number
     * @param width page width in points, or {@code 0} when the format has no page geometry
     * @param height page height in points, or {@code 0} when the format has no page geometry
     * @param lines the lines of the page in reading order
     */
    public Page {
        lines = List.copyOf(lines);
    }
}
