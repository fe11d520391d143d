package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.SectionType;
import dev.cvmatch.cv.SkillMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads skill mentions as written in skills sections: "Group: a, b, c" lines, one skill per line, or a group label
 * on its own line followed by its items (tables). Rating decorations and years in parentheses are dropped. Skills
 * are not normalised here. Internal.
 */
final class SkillExtractor {

    // precompiled: String.matches/replaceAll/replaceFirst compile their pattern at every call
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SIGN = Pattern.compile(".*[#+].*");

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:,|;|•|·|\\||\\t|\\s/\\s|\\s[–—]\\s)\\s*");
    private static final Pattern LABEL = Pattern.compile("^([^:,;]{2,40}?)\\s*:\\s+(?=\\S)");
    private static final Pattern NOISE = Pattern.compile("(?i)\\(\\s*(?:less than|more than|moins d['’]|plus de)?"
            + "\\s*(?:\\d+\\+?|an?|un)\\s*(?:ans?|années?|years?|yrs?|mois|months?)\\s*\\)|[★☆●○◯⬤]+|"
            + "\\b\\d/\\d\\b|\\b\\d{1,3}\\s?%");

    /**
     * Words that, alone on a line of a skills section, label the items below ("Logiciels" then "Power BI") rather
     * than name a skill. Folded.
     */
    private static final Set<String> GROUP_LABELS = Set.of("methods", "methodes", "methodologies", "methodologie",
            "methodology", "logiciels", "software", "tools", "outils", "environnement", "environnements",
            "environment", "environments", "techniques", "technical", "technologies", "langages", "frameworks",
            "savoir faire", "savoir etre", "soft skills", "hard skills", "competences", "skills", "qualites", "tests",
            "autres", "other", "others", "divers");

    List<SkillMention> extract(List<CvLine> lines, SectionType section) {
        List<SkillMention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String group = null;
        String carried = null;
        CvLine carriedLine = null;
        int carriedStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String text = line.text;
            int offset = 0;
            if (i + 1 < lines.size() && GROUP_LABELS.contains(Texts.fold(text))) {
                group = Texts.clean(text);
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (label.find() && Texts.words(label.group(1)) <= 5) {
                group = label.group(1).trim();
                offset = label.end();
            } else if (Texts.words(text) <= 4 && !text.contains(",") && i + 1 < lines.size()
                    && lines.get(i + 1).text.contains(",") && (line.bold() || text.endsWith(":"))) {
                group = Texts.clean(text);
                continue;
            }
            Matcher sep = ITEM_SEPARATOR.matcher(text);
            sep.region(offset, text.length());
            int start = offset;
            while (true) {
                boolean more = sep.find();
                while (more && depth(text, start, sep.start()) > 0) {
                    more = sep.find(); // "Fiscalité (TVA, IS)" is one item
                }
                int end = more ? sep.start() : text.length();
                if (carried != null) {
                    // "..., SAP, Contrôle" / "budgétaire, Consolidation": one item wrapped over two lines
                    String name = Texts.clean(carried + " " + text.substring(start, end));
                    if (Texts.words(name) <= 6 && seen.add(Texts.fold(name))) {
                        out.add(new SkillMention(name, group, section, carriedLine.span(carriedStart,
                                carriedLine.text.length(), 0.7)));
                    }
                    carried = null;
                } else if (!more && wrapsOnto(text, lines, i)) {
                    carried = text.substring(start, end).trim();
                    carriedLine = line;
                    carriedStart = start;
                } else {
                    add(out, seen, line, start, end, group, section);
                }
                if (!more) {
                    break;
                }
                start = sep.end();
            }
        }
        return out;
    }

    /** A comma-separated line whose last item goes on at the start of the next line, in lower case. */
    private static boolean wrapsOnto(String text, List<CvLine> lines, int i) {
        if (i + 1 >= lines.size() || text.indexOf(',') < 0 || text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        String next = lines.get(i + 1).text;
        return Character.isLetter(last) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && next.indexOf(',') > 0;
    }

    private static int depth(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private static void add(List<SkillMention> out, Set<String> seen, CvLine line, int from, int to, String group,
            SectionType section) {
        String raw = line.text.substring(from, to);
        String cleaned = NOISE.matcher(raw).replaceAll(" ").trim();
        int shift = raw.indexOf(cleaned.isEmpty() ? raw : cleaned.substring(0, Math.min(3, cleaned.length())));
        String name = WHITE_SPACE.matcher(Texts.clean(cleaned)).replaceAll(" ");
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.length() < 1 || Texts.words(name) > 6 || Texts.letters(name) < 1 && !SIGN.matcher(name).matches()) {
            return;
        }
        if (!seen.add(Texts.fold(name))) {
            return;
        }
        int at = line.text.indexOf(name, from + Math.max(0, shift));
        int s = at >= 0 ? at : from;
        out.add(new SkillMention(name, group, section, line.span(s, s + name.length(), 0.8)));
    }
}
