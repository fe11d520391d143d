package dev.cvmatch.internal.pdf;

/**
 * A run of glyphs on one baseline with no wide gap inside: a word group, a cell, a right-aligned date.
 */
final class Segment {
    final String text;
    final float x;
    final float right;
    final float top;
    final float bottom;
    final float baseline;
    final float fontSize;
    final String fontName;
    final boolean bold;
    final boolean italic;

    Segment(String text, float x, float right, float top, float bottom, float baseline, float fontSize,
            String fontName, boolean bold, boolean italic) {
        this.text = text;
        this.x = x;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.baseline = baseline;
        this.fontSize = fontSize;
        this.fontName = fontName;
        this.bold = bold;
        this.italic = italic;
    }

    int weight() {
        return text.length();
    }

    @Override
    public String toString() {
        return "Segment[" + text + " @" + x + "," + baseline + "]";
    }
}
