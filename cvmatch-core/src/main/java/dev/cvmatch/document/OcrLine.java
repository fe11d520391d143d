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
 */
public record OcrLine(String text, BoundingBox box, float confidence, int block) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if text or box is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or the block is negative
     */
    public OcrLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (!(confidence >= 0f && confidence <= 1f)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (block < 0) {
            throw new IllegalArgumentException("block must not be negative: " + block);
        }
    }
}
