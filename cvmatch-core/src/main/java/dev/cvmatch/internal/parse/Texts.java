package dev.cvmatch.internal.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the extractors of the parser. Internal. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Below this (Latin-1, Latin Extended-A and B), {@link #stripAccents} maps each character on its own. */
    static final int TABLE_LIMIT = 0x250;
    /** {@link #decomposeAndStrip} of each character from U+0080 to {@link #TABLE_LIMIT}, filled on first use. */
    private static final String[] STRIPPED = new String[TABLE_LIMIT];

    private Texts() {
    }

    /**
     * Folds text for comparison: accents removed, lower case, every run of non-alphanumeric characters replaced by
     * one space, trimmed. {@code "Expérience   Professionnelle :"} becomes {@code "experience professionnelle"}.
     *
     * @param text the text
     * @return the folded text
     */
    public static String fold(String text) {
        String stripped = stripAccents(text);
        String plain = foldPlain(stripped);
        if (plain != null) {
            return plain;
        }
        String s = stripped.toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(s).replaceAll(" ").trim();
    }

    /**
     * {@link #fold} of an accent-stripped text made only of ASCII and {@linkplain #isPlainPunctuation plain
     * punctuation}, without regular expression; {@code null} when another character is present.
     */
    private static String foldPlain(String s) {
        int n = s.length();
        char[] out = new char[n];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean alphanumeric;
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            } else if (isPlainPunctuation(c)) {
                alphanumeric = false;
            } else {
                return null;
            }
            if (alphanumeric) {
                if (gap && length > 0) {
                    out[length++] = ' ';
                }
                gap = false;
                out[length++] = c;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * Dashes, quotes, bullets and leaders (U+2010 to U+2027): no letter or digit, no decomposition, no mark, the same
     * in lower case (TextsTest checks each).
     */
    static boolean isPlainPunctuation(char c) {
        return c >= '\u2010' && c <= '\u2027';
    }

    /**
     * The text before the first separator; unlike {@code split(...)[0]}, safe when the text is only separators.
     *
     * @param separator the separator pattern
     * @param text the text
     * @return the first part, possibly empty
     */
    public static String firstPart(java.util.regex.Pattern separator, String text) {
        java.util.regex.Matcher m = separator.matcher(text);
        while (m.find()) {
            if (m.start() > 0) {
                return text.substring(0, m.start());
            }
            if (m.end() == 0) {
                continue;
            }
            return "";
        }
        return text;
    }

    /**
     * Removes diacritics ({@code é -> e}, {@code ç -> c}); ligatures œ and æ are expanded.
     *
     * @param text the text
     * @return the text without diacritics
     */
    public static String stripAccents(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return text; // ASCII: nothing decomposes, no mark, no ligature
        }
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c >= TABLE_LIMIT && !isPlainPunctuation(c)) {
                return decomposeAndStrip(text);
            }
        }
        // Latin letters and plain punctuation only: each character decomposes on its own into one starter and
        // combining marks (U+0300...), which are all removed, so the text maps character by character
        StringBuilder out = new StringBuilder(n + 8).append(text, 0, i);
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c < 0x80 || c >= TABLE_LIMIT) {
                out.append(c);
            } else {
                String mapped = STRIPPED[c];
                if (mapped == null) {
                    mapped = decomposeAndStrip(String.valueOf(c));
                    STRIPPED[c] = mapped; // racy but benign: every thread computes the same string
                }
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** {@link #stripAccents} by Unicode decomposition: the reference, for any text. */
    static String decomposeAndStrip(String text) {
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(s).replaceAll("");
    }

    /**
     * Whether all letters are capitals (at least two letters).
     *
     * @param text the text
     * @return {@code true} for {@code "WORK EXPERIENCE"}
     */
    public static boolean isAllCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Counts whitespace-separated words.
     *
     * @param text the text
     * @return the number of words
     */
    public static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                count++;
            }
            in = !ws;
        }
        return count;
    }

    /**
     * Counts letters.
     *
     * @param text the text
     * @return the number of letters
     */
    public static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Counts digits.
     *
     * @param text the text
     * @return the number of digits
     */
    public static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether a character is an icon (a private-use glyph of an icon font, an emoji), which a résumé builder puts
     * before a heading or a contact item, unlike a list bullet.
     *
     * @param c the character (a code point)
     * @return {@code true} for icons
     */
    public static boolean isIcon(int c) {
        switch (c) {
            case 0xF0B7: case 0xF0A7: case 0xF0A8: case 0xF0D8: case 0xF0FC: case 0xF076: case 0xF0E8: case 0xF06E:
                return false; // Symbol / Wingdings list bullets of word processors
            default:
                return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 || c >= 0x1F000 && c <= 0x1FAFF;
        }
    }

    /**
     * Whether a character is decoration rather than text: bullets, dashes used as bullets, arrows, check marks,
     * rating dots, box-drawing, private-use icon glyphs and emoji.
     *
     * @param c the character (a code point)
     * @return {@code true} for decoration
     */
    public static boolean isDecoration(int c) {
        if (c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000) {
            return true; // private use area: icon fonts (Font Awesome...)
        }
        if (c >= 0x1F000 && c <= 0x1FAFF) {
            return true; // emoji and pictographs
        }
        if (c >= 0x2190 && c <= 0x21FF || c >= 0x2500 && c <= 0x27BF || c >= 0x2B00 && c <= 0x2BFF) {
            return true; // arrows, box drawing, shapes, dingbats
        }
        switch (c) {
            case '•': case '·': case '◦': case '▪': case '▫': case '●': case '○': case '■': case '□': case '►':
            case '▶': case '➢': case '✓': case '✔': case '*': case '>': case '#': case '|': case '~':
            case '\u2219': case '\u2023': case '\u2043': case '\u204C': case '\u204D': case '\uF0B7':
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether a character is a dash (hyphen, en dash, em dash, minus...).
     *
     * @param c the character
     * @return {@code true} for dashes
     */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212';
    }

    /**
     * Trims whitespace and the given decoration at both ends of a substring, returning the bounds.
     *
     * @param s the text
     * @param from start (inclusive)
     * @param to end (exclusive)
     * @return {start, end} after trimming spaces, commas, dashes, colons, parentheses left unbalanced, and bullets
     */
    public static int[] trimBounds(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isTrimmable(s.charAt(a), true)) {
            a++;
        }
        while (b > a && isTrimmable(s.charAt(b - 1), false)) {
            b--;
        }
        // drop an unbalanced trailing "(" or leading ")"
        return new int[] {a, b};
    }

    private static boolean isTrimmable(char c, boolean leading) {
        if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '|' || isDash(c) || c == '/'
                || c == '\u00B7' || c == '•' || c == '\u2022') {
            return true;
        }
        if (leading && (c == ')' || c == ']')) {
            return true;
        }
        return !leading && (c == '(' || c == '[');
    }

    /** Words a sentence cannot end on: prepositions, articles, conjunctions (French and English), folded. */
    private static final java.util.Set<String> LINK_WORDS = java.util.Set.of("de", "des", "du", "d", "le", "la",
            "les", "l", "et", "ou", "en", "a", "au", "aux", "pour", "par", "sur", "sous", "dans", "avec", "vers",
            "chez", "un", "une", "entre", "via", "with", "and", "or", "of", "the", "an", "to", "for", "in", "on",
            "at", "by", "using", "from", "into");

    /**
     * Whether a line stops on a word no sentence ends on ("... des écarts sous", "built with"), so the next line
     * continues it.
     *
     * @param text the line
     * @return true when the last word is a preposition, article or conjunction, or an elided "d'" or "l'"
     */
    public static boolean endsWithLinkWord(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) {
            end--; // "maîtrise d'"
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 5 || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '\'' && text.charAt(start - 1) != '’') {
            return false;
        }
        String word = text.substring(start, end);
        return LINK_WORDS.contains(fold(word)) && (end == text.length() || word.length() == 1);
    }

    /**
     * Trims whitespace, separators and dangling brackets.
     *
     * @param s the text
     * @return the trimmed text
     */
    public static String clean(String s) {
        int[] b = trimBounds(s, 0, s.length());
        String t = s.substring(b[0], b[1]);
        if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.endsWith(")") && t.indexOf('(') < 0) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (t.startsWith("(") && t.indexOf(')') < 0) {
            t = t.substring(1).trim();
        }
        return t;
    }
}
