package dev.cvmatch.document;

import java.util.Objects;

/**
 * One line of text recognised by an {@link OcrEngine} on a page image.
 *
 * @param text the recognised text, without the line break
 * @param box where the line is, in pixels of the image that was recognised (origin top left)
 * @param confidence the engine's confidence in the line, from 0 (none) to 1 (certain)
 * @param block the layout block (column, paragraph group) the line belongs to, numbered from 0 in reading order;
 *     engines that do not analyse layout put every line in block 0
 * @param words the line's words with their boxes, left to right, or an empty list when the engine gives lines only.
 *     With words, cvmatch redoes the page layout itself (columns, sidebars, row-aligned dates) as for born-digital
 *     PDFs; without, it keeps the engine's line order
 */
public record OcrLine(String text, BoundingBox box, float confidence, int block, java.util.List<OcrWord> words) {

    /**
     * Checks the components.
     *
     * @param text the recognised text, without the line break
     * @param box where the line is, in pixels of the image that was recognised (origin top left)
     * @param confidence the engine's confidence in the line, from 0 (none) to 1 (certain)
     * @param block the layout block (column, paragraph group) the line belongs to, numbered from 0 in reading order;
     *     engines that do not analyse layout put every line in block 0
     * @param words the line's words with their boxes, left to right, or an empty list when the engine gives lines only.
     *     With words, cvmatch redoes the page layout itself (columns, sidebars, row-aligned dates) as for born-digital
     *     PDFs; without, it keeps the engine's line order
     * @throws NullPointerException if text, box or words is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or the block is negative
     */
    public OcrLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (!(confidence >= 0f && confidence <= 1f)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        words = java.util.List.copyOf(words);
        if (block < 0) {
            throw new IllegalArgumentException("block must not be negative: " + block);
        }
    }
}
