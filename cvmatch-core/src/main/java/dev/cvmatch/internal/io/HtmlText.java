package dev.cvmatch.internal.io;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of an HTML page, as a browser lays it out in lines: block elements ({@code p}, {@code div}, {@code li},
 * headings, table rows, {@code br}) end a line, table cells are separated by a tab, scripts, styles, the head and
 * comments are dropped, character references are decoded and white space inside a block collapses to one space.
 * One pass, linear in the input, no regular expression. Internal.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main", "aside", "nav", "hr", "dt",
            "dd", "dl", "blockquote", "pre", "address", "form", "fieldset", "figure", "figcaption", "body", "html",
            "title", "caption", "thead", "tbody", "tfoot");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"),
            Map.entry("ucirc", "û"), Map.entry("ugrave", "ù"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"),
            Map.entry("Eacute", "É"), Map.entry("Egrave", "È"), Map.entry("Agrave", "À"), Map.entry("Ccedil", "Ç"),
            Map.entry("oelig", "œ"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("euro", "€"), Map.entry("deg", "°"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"),
            Map.entry("ntilde", "ñ"), Map.entry("aacute", "á"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"));

    private HtmlText() {
    }

    /**
     * Whether decoded text is an HTML page: it starts, after white space and comments, with a doctype or an
     * {@code <html>}, {@code <head>} or {@code <body>} tag.
     *
     * @param text the decoded file
     * @return {@code true} for HTML
     */
    public static boolean looksLikeHtml(String text) {
        int i = 0;
        int n = Math.min(text.length(), 4096);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (text.startsWith("<?xml", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
                return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                        || head.startsWith("<body");
            }
        }
        return false;
    }

    /**
     * @param html an HTML page or fragment
     * @return its text, lines separated by {@code \n}
     */
    public static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    break; // a tag cut off at the end of the file
                }
                int start = i + 1;
                boolean closing = start < end && html.charAt(start) == '/';
                if (closing) {
                    start++;
                }
                int nameEnd = start;
                while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = html.substring(start, nameEnd).toLowerCase(Locale.ROOT);
                i = end + 1;
                if (!closing && SKIPPED.contains(name) && html.charAt(end - 1) != '/') {
                    int close = indexOfIgnoreCase(html, "</" + name, i);
                    if (close < 0) {
                        i = n;
                    } else {
                        int after = html.indexOf('>', close);
                        i = after < 0 ? n : after + 1;
                    }
                    continue;
                }
                if (BLOCKS.contains(name)) {
                    newline(out);
                    space = false;
                } else if (CELLS.contains(name) && !closing) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        trimEnd(out);
                        out.append('\t');
                    }
                    space = false;
                }
                continue;
            }
            if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 10) {
                    String decoded = entity(html.substring(i + 1, semi));
                    if (decoded != null) {
                        if (space && !out.isEmpty() && !endsWithBreak(out)) {
                            out.append(' ');
                        }
                        space = false;
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty() && !endsWithBreak(out)) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
            i++;
        }
        return out.toString().strip();
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        return ENTITIES.get(name);
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) && cp != 0 ? (cp == 0xA0 ? " " : new String(Character.toChars(cp)))
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean endsWithBreak(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        return last == '\n' || last == '\t';
    }

    private static void newline(StringBuilder out) {
        trimEnd(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int limit = s.length() - needle.length();
        for (int i = from; i <= limit; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
