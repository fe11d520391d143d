package dev.cvmatch.document;

import java.util.Objects;

/**
 * One line of text in reading order, with its position and style.
 *
 * <p>Lines are the unit every extractor produces and the parser consumes, whatever the source format: a PDF line is
 * built from glyph positions, a DOCX line is a paragraph (or a line of a paragraph), a TXT line is a line of the file.
 *
 * @param text the text of the line, without line terminator; never {@code null}
 * @param page the 1-based page number ({@code 1} for formats without pages)
 * @param offset the offset of the first character of this line in {@link ExtractedDocument#text()}
 * @param box where the line is on the page, or {@code null} when the format has no geometry (TXT, DOCX)
 * @param style typography of the line; {@link TextStyle#UNKNOWN} when unknown
 * @param region where the line comes from (body, sidebar, table, header...)
 * @param block index of the layout block (column, table cell, text box) the line belongs to; consecutive lines of
 *     the same block belong together
 */
public record TextLine(String text, int page, int offset, BoundingBox box, TextStyle style, Region region, int block) {

    /**
     * Validates the line.
     *
     * @param text the text of the line, without line terminator; never {@code null}
     * @param page the 1-based page number ({@code 1} for formats without pages)
     * @param offset the offset of the first character of this line in {@link ExtractedDocument#text()}
     * @param box where the line is on the page, or {@code null} when the format has no geometry (TXT, DOCX)
     * @param style typography of the line; {@link TextStyle#UNKNOWN} when unknown
     * @param region where the line comes from (body, sidebar, table, header...)
     * @param block index of the layout block (column, table cell, text box) the line belongs to; consecutive lines of
     *     the same block belong together
     * @throws NullPointerException if text, style or region is null
     */
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(region, "region");
    }

    /**
     * The offset just after the last character of this line in {@link ExtractedDocument#text()}.
     *
     * @return {@code offset + text.length()}
     */
    public int end() {
        return offset + text.length();
    }
}
