package dev.cvmatch.internal.io;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or ISO-8859-1 and re-encoded, the commonest corruption
 * of CVs copied between systems and of job-board exports: "DÃ©veloppeur" for "Développeur", "dâ€™une" for "d’une",
 * "ï¼Œ" for "，". A run is repaired only when every one of its characters maps back to a byte of a well-formed
 * UTF-8 sequence, so real Latin-1 text ("Ã" alone, "Â«") is left as it is. A fullwidth punctuation mark whose last
 * byte was lost ("ï¼" before a zero-width space, as résumé sites print a separator) becomes a vertical bar, the
 * separator it stood for. Internal.
 */
public final class Mojibake {

    /** The characters Windows-1252 gives to bytes 0x80-0x9F, in byte order ({@code 0} where the byte is unused). */
    private static final String CP1252_HIGH = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u0000\u017D\u0000\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\u0000\u017E\u0178";

    private Mojibake() {
    }

    /**
     * The text with its mojibake runs decoded; the same instance when there is none (the common case costs one scan).
     *
     * @param text the text
     * @return the repaired text
     */
    public static String repair(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isLead(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isLead(c)) {
                continue;
            }
            int lead = c;
            int count = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            int cp = lead & (count == 3 ? 0x07 : count == 2 ? 0x0F : 0x1F);
            int k = 1;
            int second = -1;
            for (; k <= count && i + k < n; k++) {
                int b = byteOf(text.charAt(i + k));
                if (b < 0x80 || b > 0xBF) {
                    break;
                }
                if (k == 1) {
                    second = b;
                }
                cp = cp << 6 | b & 0x3F;
            }
            String replacement = null;
            int consumed = 0;
            if (k == count + 1 && valid(cp, count)) {
                replacement = new String(Character.toChars(cp));
                consumed = count + 1;
            } else if (count == 2 && k == 2 && lead == 0xE2 && second == 0x80 && i + 2 < n
                    && text.charAt(i + 2) == '\uFFFD') {
                // "â€" + the replacement character: '”' (E2 80 9D), whose last byte Windows-1252 leaves undefined
                replacement = "\u201D";
                consumed = 3;
            } else if (count == 2 && k == 2 && lead == 0xEF && (second == 0xBC || second == 0xBD)
                    && (i + 2 == n || isSpaceOrInvisible(text.charAt(i + 2)))) {
                // "ï¼" + zero-width space: a fullwidth punctuation mark (U+FF00-FF7F) cut after its second byte
                replacement = "|";
                consumed = i + 2 < n && text.charAt(i + 2) != ' ' ? 3 : 2;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(replacement);
                i += consumed - 1;
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /**
     * The Latin-1 reading of a UTF-8 lead byte: Â, Ã and Å (the two-byte leads of Latin-1 and of Œ, Š, Ž), à..ï
     * (three bytes) and ð..ô (four). The other two-byte leads are capitals of French words ("CAFÉ»") and stay.
     */
    private static boolean isLead(char c) {
        return c == 0xC2 || c == 0xC3 || c == 0xC5 || c >= 0xE0 && c <= 0xF4;
    }

    /** The Windows-1252 (or Latin-1) byte a character was decoded from, or -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c; // Latin-1, and the C1 controls of an ISO-8859-1 reading
        }
        int at = CP1252_HIGH.indexOf(c);
        return c != 0 && at >= 0 ? 0x80 + at : -1;
    }

    /** Whether a decoded code point is what a well-formed (shortest) UTF-8 sequence of that length gives. */
    private static boolean valid(int cp, int count) {
        return switch (count) {
            case 1 -> cp >= 0x80;
            case 2 -> cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
            default -> cp >= 0x10000 && cp <= 0x10FFFF;
        };
    }

    private static boolean isSpaceOrInvisible(char c) {
        return c == ' ' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00A0';
    }
}
