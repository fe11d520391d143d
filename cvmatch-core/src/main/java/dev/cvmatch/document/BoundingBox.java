package dev.cvmatch.document;

/**
 * A rectangle on a page, in PDF points (1/72 inch) from the top-left corner of the page.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, never negative
 * @param height height, never negative
 */
public record BoundingBox(float x, float y, float width, float height) {

    /**
     * Validates the box.
     *
     * @param x left edge
     * @param y top edge
     * @param width width, never negative
     * @param height height, never negative
     * @throws IllegalArgumentException if width or height is negative
     */
    public BoundingBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative");
        }
    }

    /**
     * The right edge.
     *
     * @return {@code x + width}
     */
    public float right() {
        return x + width;
    }

    /**
     * The bottom edge.
     *
     * @return {@code y + height}
     */
    public float bottom() {
        return y + height;
    }

    /**
     * The smallest box holding this box and another.
     *
     * @param other the other box
     * @return the union of both boxes
     */
    public BoundingBox union(BoundingBox other) {
        float left = Math.min(x, other.x);
        float top = Math.min(y, other.y);
        return new BoundingBox(left, top, Math.max(right(), other.right()) - left,
                Math.max(bottom(), other.bottom()) - top);
    }
}
