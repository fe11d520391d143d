package dev.cvmatch.internal.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the extractors of the parser. Internal. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

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
        String s = stripAccents(text).toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(s).replaceAll(" ").trim();
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
