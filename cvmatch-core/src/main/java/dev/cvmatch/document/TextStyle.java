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
}
