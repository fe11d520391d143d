package dev.cvmatch.cv;

import dev.cvmatch.document.BoundingBox;

/**
 * Where a parsed value was found, and how sure the parser is of it.
 *
 * @param page the 1-based page number
 * @param start offset of the first character in {@link dev.cvmatch.document.ExtractedDocument#text()}
 * @param end offset just after the last character (exclusive)
 * @param box the bounding box of the line(s) the value came from, or {@code null} when the format has no geometry
 * @param confidence between 0 (a guess) and 1 (certain)
 */
public record Provenance(int page, int start, int end, BoundingBox box, double confidence) {

    /**
     * Validates the span.
     *
     * @param page the 1-based page number
     * @param start offset of the first character in {@link dev.cvmatch.document.ExtractedDocument#text()}
     * @param end offset just after the last character (exclusive)
     * @param box the bounding box of the line(s) the value came from, or {@code null} when the format has no geometry
     * @param confidence between 0 (a guess) and 1 (certain)
     * @throws IllegalArgumentException if the span is inverted or the confidence out of [0, 1]
     */
    public Provenance {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
