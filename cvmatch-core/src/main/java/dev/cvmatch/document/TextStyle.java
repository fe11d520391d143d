package dev.cvmatch.document;

/**
 * Typographic information of a line, as far as the source format tells it.
 *
 * @param fontName the dominant font name, or {@code null} when unknown
 * @param fontSize the dominant font size in points, or {@code 0} when unknown
 * @param bold whether the line is predominantly bold
 * @param italic whether the line is predominantly italic
 * @param allCaps whether the letters of the line are all capitals (as printed or through a caps style)
 */
public record TextStyle(String fontName, float fontSize, boolean bold, boolean italic, boolean allCaps) {

    /** Style of text whose typography is unknown (plain text). */
    public static final TextStyle UNKNOWN = new TextStyle(null, 0f, false, false, false);

    /** The font name of lines read by OCR, which gives no font (the size is estimated from the line height). */
    public static final String OCR_FONT_NAME = "OCR";

    /**
     * Whether the line was read by OCR.
     *
     * @return {@code true} when the font name is {@link #OCR_FONT_NAME}
     */
    public boolean isOcr() {
        return OCR_FONT_NAME.equals(fontName);
    }
}
