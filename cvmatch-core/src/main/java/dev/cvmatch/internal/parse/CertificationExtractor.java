package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Certification;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.document.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads certifications: one per line, "Name – Issuer (date)", "Name (Issuer), date", "date : Name (Issuer)"; a
 * date alone on a line (table layouts) belongs to the next certification. Internal.
 */
final class CertificationExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("\\s[–—\\-]\\s|,\\s|\\s\\|\\s|\\t|\\s(?:by|par)\\s");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");

    private static boolean startsWithCapital(String text) {
        String t = Texts.clean(text);
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    // precompiled: String.matches/replaceAll/split compile their pattern at every call
    private static final java.util.regex.Pattern ACRONYM_FORM = java.util.regex.Pattern.compile(
            "[\\p{Lu}\\d][\\p{Lu}\\d\\-./]*");
    private static final java.util.regex.Pattern NOT_UPPER = java.util.regex.Pattern.compile("[^\\p{Lu}]");
    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-]+");

    /** "(CKAD)" after "Certified Kubernetes Application Developer", "(SHRM-CP)" after "SHRM Certified ...". */
    static boolean isAcronymOf(String candidate, String name) {
        String c = candidate.trim();
        if (c.length() > 10 || !ACRONYM_FORM.matcher(c).matches()) {
            return false;
        }
        String letters = NOT_UPPER.matcher(c).replaceAll("");
        StringBuilder initials = new StringBuilder();
        for (String word : WORD_SEPARATORS.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
            if (word.length() > 1 && c.contains(word) && word.equals(word.toUpperCase())) {
                return true;
            }
        }
        int i = 0;
        for (int k = 0; k < initials.length() && i < letters.length(); k++) {
            if (initials.charAt(k) == letters.charAt(i)) {
                i++;
            }
        }
        return letters.length() >= 2 && i == letters.length();
    }

    private static boolean insideParentheses(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * The section's lines with a certification cut by a narrow column made whole again: a line continues the one
     * above when that one left a bracket open ("Support (ACLS) (American Heart" / "Association, 09/2019)"), or when
     * the first word of the line would not have fitted at the end of the one above within its column ("Advanced
     * Cardiovascular Life" / "Support (ACLS)" in a sidebar: the line was wrapped, where a list of short items leaves
     * room), with the same left edge, font and block, no blank line, no bullet, not a new date.
     *
     * @param lines the section's lines
     * @param all the document's lines, whose wrapped text shows where each column ends
     */
    static List<CvLine> rejoinWrapped(List<CvLine> lines, List<CvLine> all) {
        List<CvLine> out = new ArrayList<>(lines.size());
        java.util.Map<Long, Float> columnRights = new java.util.HashMap<>();
        CvLine last = null;
        TextLine lastSource = null;
        for (CvLine line : lines) {
            TextLine source = line.source;
            boolean continued = last != null && !line.gapBefore && !line.bullet && lastSource.box() != null
                    && source.box() != null && lastSource.page() == source.page()
                    && lastSource.block() == source.block()
                    && Math.abs(lastSource.style().fontSize() - source.style().fontSize()) < 0.6f
                    && Math.abs(lastSource.box().x() - source.box().x()) <= 2f
                    && !Character.isDigit(line.text.charAt(0)) && line.text.indexOf('\t') < 0;
            boolean wrapped = continued && (openBrackets(last.text) > 0
                    || !last.text.endsWith(".") && last.text.indexOf('\t') < 0 && Dates.any(last.text) == null
                    && wouldNotFit(lastSource, line, columnRights.computeIfAbsent(column(source),
                            k -> columnRight(source, all))));
            if (wrapped) {
                last = last.merge(line);
                out.set(out.size() - 1, last);
            } else {
                out.add(line);
                last = line;
            }
            lastSource = source;
        }
        return out;
    }

    /** A page's column: its page and block. */
    private static long column(TextLine source) {
        return ((long) source.page() << 32) | (source.block() & 0xffffffffL);
    }

    /**
     * Where a column's text ends at the right: the right edge of its widest line of several words (a link or an
     * address, one token that cannot wrap, may run past the column), when at least eight such lines show it;
     * {@code NaN} when the column has too little text to tell.
     */
    private static float columnRight(TextLine of, List<CvLine> all) {
        float right = Float.NaN;
        int lines = 0;
        for (CvLine line : all) {
            TextLine source = line.source;
            if (source.box() == null || source.page() != of.page() || source.block() != of.block()
                    || line.text.indexOf(' ') < 0 || line.text.indexOf('@') >= 0 || line.text.contains("://")) {
                continue;
            }
            float r = source.box().x() + source.box().width();
            right = lines == 0 ? r : Math.max(right, r);
            lines++;
        }
        return lines >= 8 ? right : Float.NaN;
    }

    /**
     * Whether the first word of a line, and the space before it, would have run past the right edge of the column
     * at the end of the line above: the line above was wrapped there. Word widths are taken in proportion to
     * characters.
     */
    private static boolean wouldNotFit(TextLine above, CvLine line, float columnRight) {
        String text = line.text.strip();
        if (Float.isNaN(columnRight) || text.isEmpty() || line.source.box().width() <= 0) {
            return false;
        }
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        float perChar = line.source.box().width() / text.length();
        return above.box().x() + above.box().width() + (first.length() + 1) * perChar > columnRight + 0.5f;
    }

    private static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open;
    }

    /** A name's acronym in brackets, "(BLS)", "(PMP)": the line names a certification, not an issuer. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\(\\p{Lu}{2,6}\\)");

    List<Certification> extract(List<CvLine> section, List<CvLine> all) {
        List<CvLine> lines = rejoinWrapped(section, all);
        List<Certification> result = new ArrayList<>();
        PartialDate pendingDate = null;
        CvLine previousLine = null;
        String previousName = null;
        for (CvLine line : lines) {
            String text = line.text;
            Dates.Found date = Dates.any(text);
            String rest = text;
            int offset = 0;
            if (date != null) {
                String before = text.substring(0, date.from());
                String after = text.substring(date.to());
                if (Texts.letters(before) < 2) {
                    rest = after;
                    offset = date.to();
                } else if (Texts.letters(after) < 2 && openBrackets(before) > 0 && after.strip().startsWith(")")) {
                    // "Support (ACLS) (American Heart Association, 09/2019)": the date closed the issuer's bracket
                    rest = before.replaceFirst("[\\s,;–—-]+$", "") + after.strip();
                } else if (Texts.letters(after) < 2) {
                    rest = before;
                } else {
                    rest = before + " " + after;
                }
            }
            if (date == null && !result.isEmpty() && previousLine != null && !line.gapBefore
                    && Texts.words(rest) <= 6 && Character.isUpperCase(rest.codePointAt(0)) && !rest.contains(",")
                    && Texts.letters(rest) >= 2
                    && (result.get(result.size() - 1).issuer() == null || previousLine.bold() && !line.bold())
                    && !(ACRONYM.matcher(rest).find() && previousLine.bold() == line.bold())) {
                // the issuer on its own line under the certification (often in a lighter font)
                Certification last = result.get(result.size() - 1);
                Map<String, Provenance> provenance = new HashMap<>(last.provenance());
                provenance.put("issuer", line.span(0, line.text.length(), 0.6));
                String fullName = last.issuer() == null ? last.name() : previousName;
                provenance.put("name", previousLine.find(fullName, 0.8));
                result.set(result.size() - 1, new Certification(fullName, Texts.clean(rest), last.date(),
                        provenance));
                previousLine = null;
                continue;
            }
            if (Texts.letters(rest) < 3) {
                if (date != null) {
                    pendingDate = date.start();
                }
                continue;
            }
            int[] b = Texts.trimBounds(rest, 0, rest.length());
            String core = Texts.clean(rest.substring(b[0], b[1]));
            String name = core;
            String issuer = null;
            Matcher sep = SEPARATOR.matcher(core);
            int lastStart = -1;
            int lastEnd = -1;
            while (sep.find()) {
                if (!insideParentheses(core, sep.start())) {
                    lastStart = sep.start();
                    lastEnd = sep.end();
                }
            }
            if (lastStart > 0 && startsWithCapital(core.substring(lastEnd))) {
                name = Texts.clean(core.substring(0, lastStart));
                issuer = Texts.clean(core.substring(lastEnd));
            } else {
                Matcher paren = TRAILING_PAREN.matcher(core);
                if (paren.find() && paren.start() > 0 && startsWithCapital(paren.group(1))
                        && !isAcronymOf(paren.group(1), core.substring(0, paren.start()))) {
                    name = Texts.clean(core.substring(0, paren.start()));
                    issuer = Texts.clean(paren.group(1));
                }
            }
            if (issuer != null) {
                Matcher paren = TRAILING_PAREN.matcher(issuer);
                if (paren.find() && paren.start() == 0) {
                    issuer = Texts.clean(paren.group(1));
                }
                if (issuer.isEmpty() || Texts.letters(issuer) < 2) {
                    issuer = null;
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Provenance> provenance = new HashMap<>();
            provenance.put("name", line.find(name, 0.85));
            if (issuer != null) {
                provenance.put("issuer", line.find(issuer, 0.7));
            }
            PartialDate when = date != null ? date.start() : pendingDate;
            if (date != null) {
                provenance.put("date", line.span(date.from(), date.to(), 0.9));
            }
            pendingDate = null;
            result.add(new Certification(name, issuer, when, provenance));
            previousLine = line;
            previousName = core;
        }
        return result;
    }
}
