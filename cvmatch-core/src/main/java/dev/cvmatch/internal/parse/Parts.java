package dev.cvmatch.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an entry header line ("Title, Company (City)") into its parts, keeping their positions. Internal. */
final class Parts {

    /** A part of a line. */
    record Part(String text, CvLine line, int from, int to, boolean parenthesized, boolean afterDash) {
    }

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:\\||\\t|\\s[–—\\-‑]\\s|\\s·\\s|•|,\\s|;\\s|:\\s|\\s@\\s|\\s(?:at|chez)\\s)\\s*|\\s*\\(|\\)(?=\\s*(?:at|chez)\\s)|\\)\\s*");
    /**
     * Without "at"/"chez" and ": ": for names such as "University of Texas at Austin", and for degrees, whose colon
     * parts the degree from its field ("Bachelor of Science: Computer Engineering"), not from a school.
     */
    private static final Pattern SEPARATOR_NO_WORDS = Pattern.compile(
            "\\s*(?:\\||\\t|\\s[–—\\-‑]\\s|\\s·\\s|•|,\\s|;\\s)\\s*|\\s*\\(|\\)\\s*");

    private Parts() {
    }

    /** Splits the text of a line, excluding [cutFrom, cutTo) (a date expression). */
    static List<Part> split(CvLine line, int cutFrom, int cutTo) {
        return split(line, cutFrom, cutTo, true);
    }

    /**
     * Splits a line; {@code wordSeparators} also splits at " at " and " chez " ("Engineer at Acme").
     */
    static List<Part> split(CvLine line, int cutFrom, int cutTo, boolean wordSeparators) {
        List<Part> parts = new ArrayList<>();
        String text = line.text;
        Pattern separator = wordSeparators ? SEPARATOR : SEPARATOR_NO_WORDS;
        if (cutFrom >= 0) {
            add(parts, line, 0, cutFrom, separator);
            add(parts, line, cutTo, text.length(), separator);
        } else {
            add(parts, line, 0, text.length(), separator);
        }
        return parts;
    }

    private static void add(List<Part> parts, CvLine line, int from, int to, Pattern separator) {
        String text = line.text;
        if (to == text.length() && to > from && text.endsWith(".") && EntryHeads.nameList(text)) {
            to--; // "Staff Engineer, Northwind, Mountain View.": the full stop closes the list, not the town's name
        }
        if (!maySeparate(text, from, to, separator == SEPARATOR)) {
            emit(parts, line, from, to, false, false); // what the loop below does when nothing separates
            return;
        }
        Matcher m = separator.matcher(text).region(from, to);
        int start = from;
        boolean inParen = false;
        boolean dash = false;
        while (m.find()) {
            String sep = m.group();
            if (sep.strip().equals(",") && legalForm(text, m.end(), to)) {
                continue; // "One Technologies, L.P.", "Acme, Inc.": the legal form belongs to the name
            }
            emit(parts, line, start, m.start(), inParen, dash);
            if (sep.contains("(")) {
                inParen = true;
            } else if (sep.contains(")")) {
                inParen = false;
            }
            dash = sep.strip().length() == 1 && Texts.isDash(sep.strip().charAt(0));
            start = m.end();
        }
        emit(parts, line, start, to, inParen, dash);
    }

    /**
     * Whether a separator may match in {@code text[from, to)}: every alternative of {@link #SEPARATOR} holds one of
     * the characters below, or a white space followed by "at" or "chez". A cheap test, because the pattern's search
     * tries a dozen alternatives at every position of every part of every entry line.
     */
    private static boolean maySeparate(String text, int from, int to, boolean words) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '\t' || c == '–' || c == '—' || c == '-' || c == '‑' || c == '·' || c == '•'
                    || c == ',' || c == ';' || c == ':' && words || c == '@' || c == '(' || c == ')') {
                return true;
            }
            if (words && (c == ' ' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')
                    && (text.startsWith("at", i + 1) || text.startsWith("chez", i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Legal forms of company names ("Inc", "L.L.C", "S.A.S", "GmbH"), as a regular expression's alternatives. */
    static final String LEGAL_FORM_NAMES = "inc|l\\.?\\s?l\\.?\\s?c|l\\.?\\s?p|l\\.?\\s?l\\.?\\s?p|ltd|plc|corp|co|"
            + "s\\.?\\s?a\\.?\\s?s?|sarl|gmbh|ag|b\\.?v|n\\.?v|pty|srl|s\\.?p\\.?a";
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)(?:" + LEGAL_FORM_NAMES + ")\\.?(?=$|[\\s,;|)\\t])");
    /** An address with its scheme or "www." ("https://acme.com/jobs", "www.acme.fr"). */
    static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    /** A link, never a title, an employer or a place ("https://acme.com", "www.acme.fr", "acme.io/jobs"). */
    private static final Pattern LINK = Pattern.compile(
            "(?:(?i:https?://|www\\.)\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|fr|dev|co|ai|app|eu|uk|de|xyz|me|info)(?:/\\S*)?)");

    private static boolean legalForm(String text, int from, int to) {
        Matcher m = LEGAL_FORM.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = text.substring(m.end(), to).strip();
        return rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0));
    }

    /**
     * Whether a text is only a link.
     *
     * @param text the text
     * @return {@code true} for "https://acme.com" or "acme.io"
     */
    static boolean isLink(String text) {
        // every link holds "://" or "www." or a dot before its ending: no dot and no colon, no link
        if (text.indexOf('.') < 0 && text.indexOf(':') < 0) {
            return false;
        }
        return LINK.matcher(text.strip()).matches();
    }

    private static void emit(List<Part> parts, CvLine line, int from, int to, boolean paren, boolean dash) {
        int[] b = Texts.trimBounds(line.text, from, to);
        if (b[1] - b[0] >= 2 && Texts.letters(line.text.substring(b[0], b[1])) >= 2
                && !isLink(line.text.substring(b[0], b[1]))) {
            parts.add(new Part(line.text.substring(b[0], b[1]), line, b[0], b[1], paren, dash));
        }
    }
}
