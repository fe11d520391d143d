package dev.cvmatch.document;

import java.util.Objects;

/**
 * One word recognised by an {@link OcrEngine}, part of an {@link OcrLine}.
 *
 * @param text the word
 * @param box where the word is, in pixels of the recognised image (origin top left)
 * @param confidence the engine's confidence, from 0 to 1
 */
public record OcrWord(String text, BoundingBox box, float confidence) {

    /**
     * Checks the components.
     *
     * @param text the word
     * @param box where the word is, in pixels of the recognised image (origin top left)
     * @param confidence the engine's confidence, from 0 to 1
     * @throws NullPointerException if text or box is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1]
     */
    public OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (!(confidence >= 0f && confidence <= 1f)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
