package dev.cvmatch.internal.pdf;

/** One positioned character (or ligature) read from a PDF page; y grows downwards. */
final class Glyph {
    final String text;
    final float x;
    final float width;
    final float baseline;
    final float height;
    final float fontSize;
    final String fontName;
    final boolean bold;
    final boolean italic;
    /** Whether the text is blank, computed once: the layout asks it of every glyph several times. */
    private final boolean space;

    Glyph(String text, float x, float width, float baseline, float height, float fontSize, String fontName,
            boolean bold, boolean italic) {
        this.text = text;
        this.x = x;
        this.width = width;
        this.baseline = baseline;
        this.height = height;
        this.fontSize = fontSize;
        this.fontName = fontName;
        this.bold = bold;
        this.italic = italic;
        this.space = text.isBlank();
    }

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return space;
    }
}
